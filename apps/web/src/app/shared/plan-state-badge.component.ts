import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { PLAN_STATE_LABELS, type PlanState } from '@boussole/domain';
import { domainText } from '../core/i18n/domain-text';

const BADGE_CLASSES: Readonly<Record<PlanState, string>> = {
  active: 'fr-badge--success',
  draft: 'fr-badge--new',
  archived: '',
};

/** The state of a plan (en cours, brouillon, archivé) as a DSFR badge. */
@Component({
  selector: 'bsl-plan-state-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p class="fr-badge fr-badge--sm {{ badgeClass() }}">
    {{ label() }}
  </p>`,
})
export class PlanStateBadgeComponent {
  readonly state = input.required<PlanState>();

  protected readonly label = computed(() =>
    domainText(PLAN_STATE_LABELS[this.state()]),
  );
  protected readonly badgeClass = computed(() => BADGE_CLASSES[this.state()]);
}
