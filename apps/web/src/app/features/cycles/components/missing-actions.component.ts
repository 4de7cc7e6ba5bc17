import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { type MissingAction } from '@boussole/domain';
import { dateTimeText } from '../../../core/i18n/page-format';
import { TableFrameDirective } from '../../../shared/table-frame.directive';

/** The actions the cycle still expects an update for, with their owner and last update. */
@Component({
  selector: 'bsl-missing-actions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TableFrameDirective, RouterLink],
  template: `
    @if (actions().length === 0) {
      <p i18n>Chaque action attendue a reçu son point d’avancement.</p>
    } @else {
      <div class="fr-table fr-table--sm">
        <div class="fr-table__wrapper">
          <div class="fr-table__container" bslTableFrame>
            <div class="fr-table__content">
              <table>
                <caption i18n>
                  Actions sans point d’avancement pour la campagne, par code
                </caption>
                <thead>
                  <tr>
                    <th scope="col" i18n>Action</th>
                    <th scope="col" i18n>Axe</th>
                    <th scope="col" i18n>Sous-direction</th>
                    <th scope="col" i18n>Responsable</th>
                    <th scope="col" i18n>Dernier point d’avancement</th>
                  </tr>
                </thead>
                <tbody>
                  @for (action of actions(); track action.id) {
                    <tr>
                      <th scope="row">
                        <a
                          class="fr-link"
                          [routerLink]="['/actions', action.id]"
                          >{{ action.code }} – {{ action.title }}</a
                        >
                      </th>
                      <td>{{ action.axisNumber }}</td>
                      <td>{{ action.unitCode }}</td>
                      <td>{{ action.owner?.name ?? texts.noOwner }}</td>
                      <td>{{ lastUpdate(action) }}</td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </div>
    }
  `,
})
export class MissingActionsComponent {
  readonly actions = input.required<readonly MissingAction[]>();

  protected readonly texts = { noOwner: $localize`Sans responsable` };

  protected lastUpdate(action: MissingAction): string {
    return action.lastUpdateAt
      ? dateTimeText(action.lastUpdateAt)
      : $localize`Aucun`;
  }
}
