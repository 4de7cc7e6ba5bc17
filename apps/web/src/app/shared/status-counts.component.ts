import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { formatNumberFr, type Status } from '@boussole/domain';

/** Worst first, as a director reads them. */
const ORDER: readonly Status[] = [
  'late',
  'at_risk',
  'on_track',
  'not_started',
  'done',
  'abandoned',
];

/** Lower-case, singular and plural (in French, 0 and 1 take the singular). */
const WORDS: Readonly<Record<Status, [string, string]>> = {
  late: ['en retard', 'en retard'],
  at_risk: ['à surveiller', 'à surveiller'],
  on_track: ['en bonne voie', 'en bonne voie'],
  not_started: ['non démarrée', 'non démarrées'],
  done: ['terminée', 'terminées'],
  abandoned: ['abandonnée', 'abandonnées'],
};

/** "3 en retard, 2 à surveiller, 5 en bonne voie" from a roll-up's counts. */
export function statusCountsText(
  counts: Partial<Record<Status, { count: number }>>,
): string {
  const parts = ORDER.filter((status) => (counts[status]?.count ?? 0) > 0).map(
    (status) => {
      const count = counts[status]?.count ?? 0;
      return `${formatNumberFr(count)} ${WORDS[status][count > 1 ? 1 : 0]}`;
    },
  );
  return parts.length > 0 ? parts.join(', ') : 'Aucune action';
}

/** The number of actions in each (effective) status, as one compact line. */
@Component({
  selector: 'bsl-status-counts',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p class="fr-text--sm fr-mb-1w">
    <span class="fr-sr-only">Actions par météo : </span>{{ text() }}
  </p>`,
})
export class StatusCountsComponent {
  readonly counts =
    input.required<
      Partial<Record<Status, { count: number; weight: number }>>
    >();

  protected readonly text = computed(() => statusCountsText(this.counts()));
}
