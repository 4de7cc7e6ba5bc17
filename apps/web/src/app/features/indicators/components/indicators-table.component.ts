import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { IndicatorListItem } from '@boussole/domain';
import {
  dateText,
  percentText,
  quantityText,
} from '../../../core/i18n/page-format';
import { SignalTagsComponent } from '../../../shared/signal-tags.component';
import { attachmentLabel, periodLabel } from '../indicator-format';
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
                  <th scope="col" i18n>Indicateur</th>
                  <th scope="col" i18n>Rattaché à</th>
                  <th scope="col" i18n>Dernière valeur</th>
                  <th scope="col" i18n>Atteinte de la cible</th>
                  <th scope="col" i18n>Prochaine mesure attendue</th>
                  <th scope="col" i18n>Alertes</th>
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
                          i18n
                          >Régional</span
                        >
                      }
                    </th>
                    <td>
                      {{ row.attachedLabel }} – {{ row.attachedTo.title }}
                    </td>
                    <td>{{ row.latestText }}</td>
                    <td>{{ row.achievementText }}</td>
                    <td>{{ row.nextDueText }}</td>
                    <td>
                      <bsl-signal-tags [kinds]="row.kinds" />
                      @if (!row.kinds.length) {
                        <span class="fr-sr-only" i18n>Aucune</span>
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
  readonly caption = input($localize`Indicateurs du projet stratégique`);

  protected readonly rows = computed(() =>
    this.indicators().map((indicator) => ({
      ...indicator,
      attachedLabel: attachmentLabel(indicator.attachedTo),
      latestText: indicator.latest
        ? `${quantityText(indicator.latest.value, indicator.unit)} (${periodLabel(indicator.latest.period, indicator.periodicity)})`
        : $localize`Aucune mesure`,
      achievementText:
        indicator.achievement.overall === null
          ? $localize`Non calculée`
          : percentText(indicator.achievement.overall),
      nextDueText: dateText(indicator.nextDue),
      kinds: indicator.signals.map((signal) => signal.kind),
    })),
  );
}
