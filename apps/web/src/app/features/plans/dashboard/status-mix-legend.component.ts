import { ChangeDetectionStrategy, Component } from '@angular/core';
import { STATUS_LABELS } from '@boussole/domain';
import { domainText } from '../../../core/i18n/domain-text';
import { MIX_COLOURS_CSS, MIX_ORDER } from './status-mix';

/** The key to the météo bars' colours, once for all the tiles. */
@Component({
  selector: 'bsl-status-mix-legend',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: [
    `
      .bsl-legend {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1rem;
        margin: 0;
        padding: 0;
        list-style: none;
        font-size: 0.75rem;
        line-height: 1.25rem;
      }
      .bsl-legend li {
        display: inline-flex;
        align-items: center;
        gap: 0.375rem;
        padding: 0;
      }
      .bsl-legend__title {
        color: var(--text-mention-grey);
      }
      .bsl-legend__swatch {
        display: inline-block;
        width: 0.75rem;
        height: 0.75rem;
        border-radius: 2px;
      }
    `,
    MIX_COLOURS_CSS,
  ],
  template: `
    <ul
      class="bsl-legend"
      aria-label="Météo des actions : légende des barres"
      i18n-aria-label
    >
      <li class="bsl-legend__title" aria-hidden="true" i18n>
        Météo des actions :
      </li>
      @for (item of items; track item.status) {
        <li>
          <span
            class="bsl-legend__swatch bsl-mix--{{ item.status }}"
            aria-hidden="true"
          ></span
          >{{ item.label }}
        </li>
      }
    </ul>
  `,
})
export class StatusMixLegendComponent {
  protected readonly items = MIX_ORDER.map((status) => ({
    status,
    label: domainText(STATUS_LABELS[status]),
  }));
}
