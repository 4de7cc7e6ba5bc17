import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import type { Status } from '@boussole/domain';
import { numberText } from '../../../core/i18n/page-format';
import { MIX_COLOURS_CSS, mixSegments } from './status-mix';

/**
 * The météo mix of a node as a stacked bar: one segment per météo, as wide as its share of the
 * actions, its count written in it. The bar is for the eye; screen readers get the same figures
 * as a table (visually hidden), so no colour carries meaning alone.
 */
@Component({
  selector: 'bsl-status-mix-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: [
    `
      :host {
        display: block;
      }
      .bsl-mix {
        display: flex;
        gap: 2px;
        height: 1.5rem;
        border-radius: 0.25rem;
        overflow: hidden;
      }
      .bsl-mix__segment {
        flex: 1 1 0;
        min-width: 1.5rem;
        font-size: 0.75rem;
        line-height: 1.5rem;
        font-weight: 700;
        text-align: center;
        overflow: hidden;
      }
      .bsl-mix__empty {
        margin: 0;
        font-size: 0.75rem;
        color: var(--text-mention-grey);
      }
    `,
    MIX_COLOURS_CSS,
  ],
  template: `
    @if (segments().length > 0) {
      <div class="bsl-mix" aria-hidden="true">
        @for (segment of segments(); track segment.status) {
          <span
            class="bsl-mix__segment bsl-mix--{{ segment.status }}"
            [style.flex-grow]="segment.count"
            [title]="segment.title"
            >{{ segment.count }}</span
          >
        }
      </div>
      <table class="fr-sr-only">
        <caption>
          {{
            caption()
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col" i18n>Météo</th>
            <th scope="col" i18n>Actions</th>
            <th scope="col" i18n>Part</th>
          </tr>
        </thead>
        <tbody>
          @for (segment of segments(); track segment.status) {
            <tr>
              <th scope="row">{{ segment.label }}</th>
              <td>{{ number(segment.count) }}</td>
              <td>{{ segment.share }}</td>
            </tr>
          }
        </tbody>
      </table>
    } @else {
      <p class="bsl-mix__empty" i18n>Aucune action</p>
    }
  `,
})
export class StatusMixBarComponent {
  readonly counts =
    input.required<Partial<Record<Status, { count: number }>>>();
  /** What the figures are, e.g. « Météo des actions de l’axe 1 » (the table's caption). */
  readonly caption = input.required<string>();

  protected readonly segments = computed(() => mixSegments(this.counts()));
  protected readonly number = numberText;
}
