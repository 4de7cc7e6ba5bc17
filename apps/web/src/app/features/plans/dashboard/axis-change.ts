import type { PlanChanges, PlanProgressHistory } from '@boussole/domain';
import { dateText } from '../../../core/i18n/page-format';
import { changeCountsByAxis } from './change-trend';

/** What changed in one axis since the compared state, as its tile says it. */
export interface AxisChange {
  /** « Depuis T3 2026 » (a cycle), « Depuis le 17/08/2026 ». */
  since: string;
  /** The axis's progress in the cycle's frozen state; null when compared with a day. */
  before: number | null;
  /** « 2 actions dégradées, 1 améliorée », « Aucun changement ». */
  counts: string;
}

/** The heading: « Actions dégradées depuis la campagne T3 2026 », « … depuis le 17/08/2026 ». */
export function worsenedHeading(changes: PlanChanges): string {
  return changes.sinceCycle
    ? $localize`Actions dégradées depuis la campagne ${changes.sinceCycle.label}:CYCLE:`
    : $localize`Actions dégradées depuis le ${dateText(changes.since)}:DATE:`;
}

/**
 * Each axis's change: the progress its cycle's validation froze (when compared with a cycle and
 * the axis was frozen in it) and how many of its actions got worse or better.
 */
export function axisChanges(
  changes: PlanChanges,
  history: PlanProgressHistory | null,
  axisIds: readonly number[],
): Map<number, AxisChange> {
  const label = changes.sinceCycle
    ? $localize`Depuis ${changes.sinceCycle.label}:CYCLE:`
    : $localize`Depuis le ${dateText(changes.since)}:DATE:`;
  const cycle = changes.sinceCycle
    ? history?.cycles.find((c) => c.cycleId === changes.sinceCycle?.id)
    : undefined;
  const counts = changeCountsByAxis(changes.changes);
  return new Map(
    axisIds.map((axisId) => {
      const frozen = cycle?.axes.find((axis) => axis.axisId === axisId);
      // A closed cycle froze every axis; an open one only those validated so far.
      const compared =
        frozen && (frozen.validated || cycle?.planProgress !== null);
      const { worse, better } = counts.get(axisId) ?? { worse: 0, better: 0 };
      return [
        axisId,
        {
          since: label,
          before: compared ? (frozen.progress ?? null) : null,
          counts: countsText(worse, better),
        },
      ];
    }),
  );
}

/** « 2 actions dégradées, 1 améliorée », « 1 action améliorée » (the counts are 1 or more). */
function countsText(worse: number, better: number): string {
  if (worse === 0 && better === 0)
    return $localize`Aucune action dégradée ni améliorée`;
  if (worse === 0)
    return better === 1
      ? $localize`1 action améliorée`
      : $localize`${better}:COUNT: actions améliorées`;
  const first =
    worse === 1
      ? $localize`1 action dégradée`
      : $localize`${worse}:COUNT: actions dégradées`;
  if (better === 0) return first;
  return better === 1
    ? $localize`${first}:WORSE:, 1 améliorée`
    : $localize`${first}:WORSE:, ${better}:COUNT: améliorées`;
}
