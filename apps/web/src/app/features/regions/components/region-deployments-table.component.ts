import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { RegionDeployment } from '@boussole/domain';
import { dateTimeText, percentText } from '../../../core/i18n/page-format';
import { SignalTagsComponent } from '../../../shared/signal-tags.component';
import { StatusBadgeComponent } from '../../../shared/status-badge.component';
import { TableFrameDirective } from '../../../shared/table-frame.directive';

/** A region's deployments: each action's météo and progress against the median of the regions. */
@Component({
  selector: 'bsl-region-deployments-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TableFrameDirective,
    RouterLink,
    SignalTagsComponent,
    StatusBadgeComponent,
  ],
  template: `
    <div class="fr-table fr-table--bordered fr-table--multiline">
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
                  <th scope="col" i18n>Action</th>
                  <th scope="col" i18n>Météo</th>
                  <th scope="col" i18n>Avancement</th>
                  <th scope="col" i18n>Médiane des régions</th>
                  <th scope="col" i18n>Commentaires</th>
                  <th scope="col" i18n>Mis à jour</th>
                </tr>
              </thead>
              <tbody>
                @for (row of rows(); track row.actionId) {
                  <tr>
                    <th scope="row">
                      <a [routerLink]="['/actions', row.actionId]">
                        {{ row.actionCode }} – {{ row.actionTitle }}
                      </a>
                      @if (row.laggard) {
                        <div class="fr-mt-1v">
                          <bsl-signal-tags [kinds]="['regional_laggard']" />
                        </div>
                      }
                    </th>
                    <td><bsl-status-badge [status]="row.status" /></td>
                    <td>{{ row.progressText }}</td>
                    <td>{{ row.medianText }}</td>
                    <td>{{ row.commentCount }}</td>
                    <td>{{ row.updatedText }}</td>
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
export class RegionDeploymentsTableComponent {
  readonly deployments = input.required<readonly RegionDeployment[]>();
  readonly caption = input.required<string>();

  protected readonly rows = computed(() =>
    this.deployments().map((deployment) => ({
      ...deployment,
      progressText: percentText(deployment.progress),
      medianText:
        deployment.medianProgress === null
          ? $localize`Non calculée`
          : percentText(deployment.medianProgress),
      updatedText: deployment.updatedBy
        ? $localize`${dateTimeText(deployment.updatedAt)}:WHEN: par ${deployment.updatedBy.name}:AUTHOR:`
        : dateTimeText(deployment.updatedAt),
    })),
  );
}
