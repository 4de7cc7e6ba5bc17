import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import type { CycleState } from '@boussole/domain';

export const CYCLE_STATE_LABELS: Readonly<Record<CycleState, string>> = {
  planned: $localize`Programmée`,
  open: $localize`Ouverte`,
  closed: $localize`Clôturée`,
};

const BADGE_CLASSES: Readonly<Record<CycleState, string>> = {
  planned: 'fr-badge--info',
  open: 'fr-badge--success',
  closed: '',
};

/** The state of a reporting cycle (programmée, ouverte, clôturée) as a DSFR badge. */
@Component({
  selector: 'bsl-cycle-state-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p
    class="fr-badge fr-badge--sm fr-badge--no-icon {{ badgeClass() }}"
  >
    {{ label() }}
  </p>`,
})
export class CycleStateBadgeComponent {
  readonly state = input.required<CycleState>();

  protected readonly label = computed(() => CYCLE_STATE_LABELS[this.state()]);
  protected readonly badgeClass = computed(() => BADGE_CLASSES[this.state()]);
}
