import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import type { DeploymentSpreadPayload, Status } from '@boussole/domain';
import { countText, percentText } from '../../../core/i18n/page-format';
import { StatusBadgeComponent } from '../../../shared/status-badge.component';

/** Worst first, as a director reads them. */
const ORDER: readonly Status[] = [
  'late',
  'at_risk',
  'on_track',
  'not_started',
  'done',
  'abandoned',
];

/** "Médiane 62 %, minimum 18 %, maximum 95 %", or why there is no figure. */
export function spreadText(spread: DeploymentSpreadPayload): string {
  const { median, min, max } = spread;
  if (median === null || min === null || max === null) {
    return $localize`Avancement non calculé : aucun déploiement en cours (les déploiements abandonnés ne sont pas comptés).`;
  }
  return $localize`Médiane ${percentText(median)}:MEDIAN:, minimum ${percentText(min)}:MIN:, maximum ${percentText(max)}:MAX:`;
}

/** How the action's roll-out is spread across the regions: regions per météo, median, extremes. */
@Component({
  selector: 'bsl-regional-spread',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StatusBadgeComponent],
  styles: `
    .bsl-spread__counts {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.5rem;
      list-style: none;
      padding: 0;
    }
    .bsl-spread__counts li {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      padding: 0;
    }
  `,
  template: `
    <p class="fr-mb-1v" i18n>Avancement des régions :</p>
    <p class="fr-text--lead fr-text--bold fr-mb-2w">{{ figures() }}</p>
    <p class="fr-mb-1v" i18n>Régions par météo :</p>
    <ul class="bsl-spread__counts fr-mb-2w">
      @for (entry of counts(); track entry.status) {
        <li>
          <bsl-status-badge [status]="entry.status" />
          <span>{{ entry.text }}</span>
        </li>
      }
    </ul>
    <p class="fr-text--sm fr-text-mention--grey" i18n>
      Une région est signalée en retard sur les autres quand son avancement est
      inférieur de plus de 15 points à la médiane des régions. Les déploiements
      abandonnés ne sont comptés ni dans la médiane, ni dans les extrêmes.
    </p>
  `,
})
export class RegionalSpreadComponent {
  readonly spread = input.required<DeploymentSpreadPayload>();

  protected readonly figures = computed(() => spreadText(this.spread()));
  protected readonly counts = computed(() => {
    const counts = this.spread().counts;
    return ORDER.filter((status) => (counts[status] ?? 0) > 0).map((status) => {
      const text = countText(
        counts[status],
        $localize`région`,
        $localize`régions`,
      );
      return { status, text };
    });
  });
}
