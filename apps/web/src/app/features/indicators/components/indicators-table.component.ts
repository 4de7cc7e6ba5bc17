import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  formatDateFr,
  formatPercentFr,
  type IndicatorListItem,
  formatQuantityFr,
} from '@boussole/domain';
import { SignalTagsComponent } from '../../../shared/signal-tags.component';
import { periodLabel } from '../indicator-format';
import { TableFrameDirective } from '../../../shared/table-frame.directive';

/** The plan's indicators: what each is attached to, its latest value, achievement and alerts. */
@Component({
  selector: 'bsl-indicators-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TableFrameDirective, RouterLink, SignalTagsComponent],
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
                  <th scope="col">Indicateur</th>
                  <th scope="col">Rattaché à</th>
                  <th scope="col">Dernière valeur</th>
                  <th scope="col">Atteinte de la cible</th>
                  <th scope="col">Prochaine mesure attendue</th>
                  <th scope="col">Alertes</th>
                </tr>
              </thead>
              <tbody>
                @for (row of rows(); track row.id) {
                  <tr>
                    <th scope="row">
                      <a [routerLink]="['/indicateurs', row.id]">{{
                        row.name
                      }}</a>
                      @if (row.regional) {
                        <span class="fr-sr-only">, </span>
                        <span
                          class="fr-badge fr-badge--sm fr-badge--no-icon fr-ml-1v"
                          >Régional</span
                        >
                      }
                    </th>
                    <td>
                      {{ row.attachedTo.label }} – {{ row.attachedTo.title }}
                    </td>
                    <td>{{ row.latestText }}</td>
                    <td>{{ row.achievementText }}</td>
                    <td>{{ row.nextDueText }}</td>
                    <td>
                      <bsl-signal-tags [kinds]="row.kinds" />
                      @if (!row.kinds.length) {
                        <span class="fr-sr-only">Aucune</span>
                      }
                    </td>
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
export class IndicatorsTableComponent {
  readonly indicators = input.required<readonly IndicatorListItem[]>();
  readonly caption = input('Indicateurs du projet stratégique');

  protected readonly rows = computed(() =>
    this.indicators().map((indicator) => ({
      ...indicator,
      latestText: indicator.latest
        ? `${formatQuantityFr(indicator.latest.value, indicator.unit)} (${periodLabel(indicator.latest.period, indicator.periodicity)})`
        : 'Aucune mesure',
      achievementText:
        indicator.achievement.overall === null
          ? 'Non calculée'
          : formatPercentFr(indicator.achievement.overall),
      nextDueText: formatDateFr(indicator.nextDue),
      kinds: indicator.signals.map((signal) => signal.kind),
    })),
  );
}
