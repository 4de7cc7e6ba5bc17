import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { SIGNAL_LABELS, type SignalKind } from '@boussole/domain';

/** Signals ("alertes") as a DSFR badge group, with their count when given; nothing when empty. */
@Component({
  selector: 'bsl-signal-tags',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (items().length > 0) {
      <ul class="fr-badges-group">
        @for (item of items(); track item.kind) {
          <li>
            <span
              class="fr-badge fr-badge--sm fr-badge--warning fr-badge--no-icon"
            >
              {{ item.text }}
            </span>
          </li>
        }
      </ul>
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
        text: counts
          ? `${SIGNAL_LABELS[kind]} : ${counts[kind]}`
          : SIGNAL_LABELS[kind],
      }));
  });
}
