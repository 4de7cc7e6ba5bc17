import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { HEALTH_LABELS, type Health } from '@boussole/domain';
import { domainText } from '../core/i18n/domain-text';

const BADGE_CLASSES: Readonly<Record<Health, string>> = {
  done: 'fr-badge--success',
  on_track: 'fr-badge--info',
  at_risk: 'fr-badge--warning',
  late: 'fr-badge--error',
  not_started: '',
};

/** The health of an objective, axis or plan as a small DSFR badge ("Non calculée" without actions). */
@Component({
  selector: 'bsl-health-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="fr-badge fr-badge--sm {{ badgeClass() }}">{{
    label()
  }}</span>`,
})
export class HealthBadgeComponent {
  readonly health = input.required<Health | null>();

  protected readonly label = computed(() => {
    const health = this.health();
    return health ? domainText(HEALTH_LABELS[health]) : $localize`Non calculée`;
  });
  protected readonly badgeClass = computed(() => {
    const health = this.health();
    return health ? BADGE_CLASSES[health] : 'fr-badge--no-icon';
  });
}
