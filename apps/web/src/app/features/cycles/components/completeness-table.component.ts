import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { formatPercentFr, type CompletenessCount } from '@boussole/domain';
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
                  <th scope="col">Attendus</th>
                  <th scope="col">Reçus</th>
                  <th scope="col">Manquants</th>
                  <th scope="col">Complétude</th>
                </tr>
              </thead>
              <tbody>
                @for (row of rows(); track row.key) {
                  <tr>
                    <th scope="row">{{ row.name }}</th>
                    <td>{{ row.expected }}</td>
                    <td>{{ row.received }}</td>
                    <td>{{ row.missing }}</td>
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

  protected percent(count: CompletenessCount): string {
    return count.percent === null ? '–' : formatPercentFr(count.percent);
  }
}
