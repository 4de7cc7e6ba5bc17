import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { IMPORT_KINDS, type ImportPlan } from '@boussole/domain';
import { IMPORT_KIND_LABELS } from './import-model';
import { TableFrameDirective } from '../../../shared/table-frame.directive';

/** The counts of an import, kind by kind: to create, to change, unchanged. */
@Component({
  selector: 'bsl-import-summary',
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
                  <th scope="col" i18n>Élément</th>
                  <th scope="col">{{ createdLabel() }}</th>
                  <th scope="col">{{ changedLabel() }}</th>
                  <th scope="col" i18n>Inchangés</th>
                </tr>
              </thead>
              <tbody>
                @for (row of rows(); track row.kind) {
                  <tr>
                    <th scope="row">{{ row.label }}</th>
                    <td>{{ row.create }}</td>
                    <td>{{ row.change }}</td>
                    <td>{{ row.unchanged }}</td>
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
export class ImportSummaryComponent {
  readonly plan = input.required<ImportPlan>();
  readonly caption = input.required<string>();
  /** Once applied, the columns say what was done rather than what will be. */
  readonly applied = input(false);

  protected readonly createdLabel = computed(() =>
    this.applied() ? $localize`Créés` : $localize`À créer`,
  );
  protected readonly changedLabel = computed(() =>
    this.applied() ? $localize`Modifiés` : $localize`À modifier`,
  );
  protected readonly rows = computed(() =>
    IMPORT_KINDS.map((kind) => ({
      kind,
      label: IMPORT_KIND_LABELS[kind],
      ...(this.plan().counts[kind] ?? { create: 0, change: 0, unchanged: 0 }),
    })),
  );
}
