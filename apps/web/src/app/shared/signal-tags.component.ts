import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { SIGNAL_LABELS, type SignalKind } from '@boussole/domain';
import { domainText } from '../core/i18n/domain-text';
import { numberText } from '../core/i18n/page-format';

/**
 * Each signal's DSFR icon. A signal ("alerte") is drawn as an outlined, rounded tag with its own
 * icon, never as a coloured badge: badges are météos (bsl-status-badge), so that "Échéance
 * dépassée" (a date) and "En retard" (a météo) cannot be mistaken for one another.
 */
export const SIGNAL_ICONS: Readonly<Record<SignalKind, string>> = {
  overdue: 'fr-icon-calendar-close-line',
  stale: 'fr-icon-refresh-line',
  schedule_gap: 'fr-icon-timer-line',
  status_check: 'fr-icon-question-line',
  regional_laggard: 'fr-icon-map-pin-2-line',
  indicator_stale: 'fr-icon-time-line',
  indicator_off_track: 'fr-icon-line-chart-line',
};

/** Signals ("alertes") as a group of DSFR tags with an icon, with their count when given; nothing when empty. */
@Component({
  selector: 'bsl-signal-tags',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (items().length > 0) {
      <ul class="fr-tags-group bsl-signals-group">
        @for (item of items(); track item.kind) {
          <li>
            <p
              class="fr-tag fr-tag--sm fr-tag--icon-left bsl-signal {{
                item.icon
              }}"
            >
              {{ item.text }}
            </p>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .bsl-signals-group {
      margin-bottom: 0;
    }
    /* Outlined, on white: a tag, not a badge; the icon in the warning colour. */
    .bsl-signal {
      margin-bottom: 0.25rem;
      background-color: var(--background-default-grey);
      box-shadow: inset 0 0 0 1px var(--border-plain-warning);
      color: var(--text-title-grey);
    }
    .bsl-signal::before {
      color: var(--text-default-warning);
    }
  `,
})
export class SignalTagsComponent {
  readonly kinds = input.required<readonly SignalKind[]>();
  readonly counts = input<Record<SignalKind, number> | null>(null);

  protected readonly items = computed(() => {
    const counts = this.counts();
    return this.kinds()
      .filter((kind) => !counts || (counts[kind] ?? 0) > 0)
      .map((kind) => ({
        kind,
        icon: SIGNAL_ICONS[kind],
        text: counts
          ? $localize`${domainText(SIGNAL_LABELS[kind])}:SIGNAL:\u00a0: ${numberText(counts[kind])}:COUNT:`
          : domainText(SIGNAL_LABELS[kind]),
      }));
  });
}
