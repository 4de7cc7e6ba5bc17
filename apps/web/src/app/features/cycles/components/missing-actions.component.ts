import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { formatDateTimeFr, type MissingAction } from '@boussole/domain';
import { TableFrameDirective } from '../../../shared/table-frame.directive';

/** The actions the cycle still expects an update for, with their owner and last update. */
@Component({
  selector: 'bsl-missing-actions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TableFrameDirective, RouterLink],
  template: `
    @if (actions().length === 0) {
      <p>Chaque action attendue a reçu son point d’avancement.</p>
    } @else {
      <div class="fr-table fr-table--sm">
        <div class="fr-table__wrapper">
          <div class="fr-table__container" bslTableFrame>
            <div class="fr-table__content">
              <table>
                <caption>
                  Actions sans point d’avancement pour la campagne, par code
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Action</th>
                    <th scope="col">Axe</th>
                    <th scope="col">Sous-direction</th>
                    <th scope="col">Responsable</th>
                    <th scope="col">Dernier point d’avancement</th>
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
                      <td>{{ action.owner?.name ?? 'Sans responsable' }}</td>
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

  protected lastUpdate(action: MissingAction): string {
    return action.lastUpdateAt
      ? formatDateTimeFr(action.lastUpdateAt)
      : 'Aucun';
  }
}
