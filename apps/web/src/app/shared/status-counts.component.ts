import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import type { Status } from '@boussole/domain';
import { countText } from '../core/i18n/page-format';

/** Worst first, as a director reads them. */
const ORDER: readonly Status[] = [
  'late',
  'at_risk',
  'on_track',
  'not_started',
  'done',
  'abandoned',
];

/** Lower-case, singular and plural (`countText` picks one by the page's language). */
const WORDS: Readonly<Record<Status, [string, string]>> = {
  late: [$localize`en retard`, $localize`en retard`],
  at_risk: [$localize`à surveiller`, $localize`à surveiller`],
  on_track: [$localize`en bonne voie`, $localize`en bonne voie`],
  not_started: [$localize`non démarrée`, $localize`non démarrées`],
  done: [$localize`terminée`, $localize`terminées`],
  abandoned: [$localize`abandonnée`, $localize`abandonnées`],
};

/** "3 en retard, 2 à surveiller, 5 en bonne voie" from a roll-up's counts. */
export function statusCountsText(
  counts: Partial<Record<Status, { count: number }>>,
): string {
  const parts = ORDER.filter((status) => (counts[status]?.count ?? 0) > 0).map(
    (status) => {
      const count = counts[status]?.count ?? 0;
      return countText(count, ...WORDS[status]);
    },
  );
  return parts.length > 0 ? parts.join(', ') : $localize`Aucune action`;
}

/** The number of actions in each (effective) status, as one compact line. */
@Component({
  selector: 'bsl-status-counts',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p class="fr-text--sm fr-mb-1w">
    <span class="fr-sr-only" i18n>Actions par météo : </span>{{ text() }}
  </p>`,
})
export class StatusCountsComponent {
  readonly counts =
    input.required<
      Partial<Record<Status, { count: number; weight: number }>>
    >();

  protected readonly text = computed(() => statusCountsText(this.counts()));
}
