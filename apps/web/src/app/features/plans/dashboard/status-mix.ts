import { STATUS_LABELS, round1, type Status } from '@boussole/domain';
import { domainText } from '../../../core/i18n/domain-text';
import { numberText, percentText } from '../../../core/i18n/page-format';

/** Worst first, as a director reads them (and as the counts' sentence lists them). */
export const MIX_ORDER: readonly Status[] = [
  'late',
  'at_risk',
  'on_track',
  'not_started',
  'done',
  'abandoned',
];

/**
 * The segments' colours: the strong tones of the météo badges' palette (error, warning, info,
 * success), each with a text colour of enough contrast on it, in both DSFR themes.
 */
export const MIX_COLOURS_CSS = `
  .bsl-mix--late { background: var(--background-flat-error); color: var(--text-inverted-grey); }
  .bsl-mix--at_risk { background: var(--background-flat-warning); color: var(--text-inverted-grey); }
  .bsl-mix--on_track { background: var(--background-flat-info); color: var(--text-inverted-grey); }
  .bsl-mix--not_started { background: var(--text-mention-grey); color: var(--text-inverted-grey); }
  .bsl-mix--done { background: var(--background-flat-success); color: var(--text-inverted-grey); }
  .bsl-mix--abandoned { background: var(--background-contrast-grey); color: var(--text-default-grey); box-shadow: inset 0 0 0 1px var(--border-default-grey); }
`;

export interface MixSegment {
  status: Status;
  label: string;
  count: number;
  /** « En retard : 3 », the segment's tooltip. */
  title: string;
  /** Share of the node's actions, e.g. `27,3 %`. */
  share: string;
}

/** The non-empty météos of a node, worst first, with their share of its actions. */
export function mixSegments(
  counts: Partial<Record<Status, { count: number }>>,
): MixSegment[] {
  const total = MIX_ORDER.reduce(
    (sum, status) => sum + (counts[status]?.count ?? 0),
    0,
  );
  return MIX_ORDER.filter((status) => (counts[status]?.count ?? 0) > 0).map(
    (status) => {
      const count = counts[status]?.count ?? 0;
      const label = domainText(STATUS_LABELS[status]);
      return {
        status,
        label,
        count,
        title: $localize`${label}:STATUS: : ${numberText(count)}:COUNT:`,
        share: percentText(round1((100 * count) / total)),
      };
    },
  );
}
