import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { STATUS_LABELS, type Status } from '@boussole/domain';
import { domainText } from '../core/i18n/domain-text';

const BADGE_CLASSES: Readonly<Record<Status, string>> = {
  done: 'fr-badge--success',
  on_track: 'fr-badge--info',
  at_risk: 'fr-badge--warning',
  late: 'fr-badge--error',
  not_started: '',
  abandoned: '',
};

/**
 * The "météo" of an action (or deployment) as a small coloured DSFR badge. Only météos are badges:
 * signals are outlined tags with their own icon (bsl-signal-tags), so that « En retard » (a météo)
 * never looks like « Échéance dépassée » (a date) or « En retard sur les autres régions ».
 */
@Component({
  selector: 'bsl-status-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="fr-badge fr-badge--sm {{ badgeClass() }}">{{
    label()
  }}</span>`,
})
export class StatusBadgeComponent {
  readonly status = input.required<Status>();

  protected readonly label = computed(() =>
    domainText(STATUS_LABELS[this.status()]),
  );
  protected readonly badgeClass = computed(() => BADGE_CLASSES[this.status()]);
}
