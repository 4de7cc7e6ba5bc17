import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { CompletenessCount } from '@boussole/domain';
import { ProgressBarComponent } from '../../../shared/progress-bar.component';
import { countText } from '../cycle-model';

/** One line of completeness: an axis, a unit. */
export interface CompletenessRow {
  key: string;
  label: string;
  count: CompletenessCount;
}

/**
 * Completeness as bars, one per row: the bar is named after its row and the figures are written
 * out beside it (received, expected, missing), so that nothing is said by the bar alone.
 */
@Component({
  selector: 'bsl-completeness-bars',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ProgressBarComponent],
  styles: `
    .bsl-completeness__row {
      margin-bottom: 1rem;
    }
  `,
  template: `
    <ul class="fr-raw-list">
      @for (row of rows(); track row.key) {
        <li class="bsl-completeness__row">
          <p class="fr-mb-1v">{{ row.label }}</p>
          @if (row.count.expected > 0) {
            <bsl-progress-bar
              [value]="row.count.percent"
              [label]="barLabel(row.label)"
            />
          }
          <p class="fr-text--sm fr-mb-0">{{ text(row.count) }}</p>
        </li>
      }
    </ul>
  `,
})
export class CompletenessBarsComponent {
  readonly rows = input.required<readonly CompletenessRow[]>();

  protected readonly text = countText;

  protected barLabel(label: string): string {
    return $localize`Complétude – ${label}:ROW:`;
  }
}
