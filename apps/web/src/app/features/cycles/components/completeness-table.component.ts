import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type CompletenessCount } from '@boussole/domain';
import { numberText, percentText } from '../../../core/i18n/page-format';
import { TableFrameDirective } from '../../../shared/table-frame.directive';

/** One row of a completeness table: an owner, a region. */
export interface CompletenessTableRow extends CompletenessCount {
  key: string;
  name: string;
}

/** Completeness as a DSFR table: expected, received, missing and the percentage, per row. */
@Component({
  selector: 'bsl-completeness-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TableFrameDirective],
  template: `
    <div class="fr-table fr-table--sm">
      <div class="fr-table__wrapper">
        <div class="fr-table__container" bslTableFrame>
          <div class="fr-table__content">
            <table>
              <caption>
                {{
                  caption()
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ head() }}</th>
                  <th scope="col" i18n>Attendus</th>
                  <th scope="col" i18n>Reçus</th>
                  <th scope="col" i18n>Manquants</th>
                  <th scope="col" i18n>Complétude</th>
                </tr>
              </thead>
              <tbody>
                @for (row of rows(); track row.key) {
                  <tr>
                    <th scope="row">{{ row.name }}</th>
                    <td>{{ number(row.expected) }}</td>
                    <td>{{ number(row.received) }}</td>
                    <td>{{ number(row.missing) }}</td>
                    <td>{{ percent(row) }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  `,
})
export class CompletenessTableComponent {
  readonly caption = input.required<string>();
  /** The first column's heading: "Responsable", "Région". */
  readonly head = input.required<string>();
  readonly rows = input.required<readonly CompletenessTableRow[]>();

  protected readonly number = (value: number) => numberText(value, 0);

  protected percent(count: CompletenessCount): string {
    return count.percent === null ? '–' : percentText(count.percent);
  }
}
