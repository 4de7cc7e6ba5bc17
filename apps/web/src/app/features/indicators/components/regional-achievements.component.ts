import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { REGIONS, type IndicatorDetail } from '@boussole/domain';
import { percentText, quantityText } from '../../../core/i18n/page-format';
import { periodLabel } from '../indicator-format';
import { TableFrameDirective } from '../../../shared/table-frame.directive';

/** A regional indicator region by region: latest value and achievement. */
@Component({
  selector: 'bsl-regional-achievements',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TableFrameDirective],
  template: `
    <div class="fr-table fr-table--sm fr-table--bordered fr-table--multiline">
      <div class="fr-table__wrapper">
        <div class="fr-table__container" bslTableFrame>
          <div class="fr-table__content">
            <table>
              <caption i18n>
                Dernière valeur et atteinte de la cible par région
              </caption>
              <thead>
                <tr>
                  <th scope="col" i18n>Région</th>
                  <th scope="col" i18n>Dernière valeur</th>
                  <th scope="col" i18n>Atteinte de la cible</th>
                  <th scope="col" i18n>Atteinte de la cible de l’année</th>
                </tr>
              </thead>
              <tbody>
                @for (row of rows(); track row.code) {
                  <tr>
                    <th scope="row">{{ row.name }}</th>
                    <td>{{ row.latest }}</td>
                    <td>{{ row.overall }}</td>
                    <td>{{ row.year }}</td>
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
export class RegionalAchievementsComponent {
  readonly indicator = input.required<IndicatorDetail>();

  protected readonly rows = computed(() => {
    const indicator = this.indicator();
    const percent = (points: number | null) =>
      points === null ? $localize`Non calculée` : percentText(points);
    return indicator.regions.map((region) => ({
      code: region.regionCode,
      name:
        REGIONS.find((r) => r.code === region.regionCode)?.name ??
        region.regionCode,
      latest: region.latest
        ? `${quantityText(region.latest.value, indicator.unit)} (${periodLabel(region.latest.period, indicator.periodicity)})`
        : $localize`Aucune mesure`,
      overall: percent(region.achievement.overall),
      year: percent(region.achievement.year),
    }));
  });
}
