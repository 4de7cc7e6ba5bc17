import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import {
  type IndicatorSummary,
} from '@boussole/domain';
import {
  dateText,
  percentText,
  quantityText,
} from '../../../core/i18n/page-format';
import { TableFrameDirective } from '../../../shared/table-frame.directive';

const NO_MEASUREMENT = $localize`Aucune mesure`;

/** The indicators attached to the action: baseline → target, latest value, achievement. */
@Component({
  selector: 'bsl-action-indicators',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TableFrameDirective],
  template: `
    <section class="fr-mb-6w" aria-labelledby="indicateurs-titre">
      <h2 id="indicateurs-titre" i18n>Indicateurs</h2>
      @if (rows().length) {
        <div class="fr-table fr-table--no-caption">
          <div class="fr-table__wrapper">
            <div class="fr-table__container" bslTableFrame>
              <div class="fr-table__content">
                <table>
                  <caption i18n>
                    Indicateurs de l’action
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col" i18n>Indicateur</th>
                      <th scope="col" i18n>Référence → cible</th>
                      <th scope="col" i18n>Dernière mesure</th>
                      <th scope="col" i18n>Atteinte de la cible</th>
                      <th scope="col" i18n>Atteinte de l’objectif de l’année</th>
                    </tr>
                  </thead>
                  <tbody>
                    @for (row of rows(); track row.id) {
                      <tr>
                        <th scope="row">{{ row.name }}</th>
                        <td>{{ row.path }}</td>
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
      } @else {
        <p i18n>Aucun indicateur n’est rattaché à cette action.</p>
      }
    </section>
  `,
})
export class ActionIndicatorsComponent {
  readonly indicators = input.required<readonly IndicatorSummary[]>();

  protected readonly rows = computed(() =>
    this.indicators().map((indicator) => {
      const value = (figure: number) =>
        quantityText(figure, indicator.unit);
      const measured = indicator.latestValue !== null;
      const achievement = (points: number | null) =>
        points !== null
          ? percentText(points)
          : measured
            ? $localize`Non calculée`
            : NO_MEASUREMENT;
      return {
        id: indicator.id,
        name: indicator.name,
        path: $localize`${value(indicator.baselineValue)}:BASELINE: → ${value(indicator.targetValue)}:TARGET: (cible au ${dateText(indicator.targetDate)}:DATE:)`,
        latest:
          indicator.latestValue === null
            ? NO_MEASUREMENT
            : indicator.latestPeriod
              ? $localize`${value(indicator.latestValue)}:VALUE: (période du ${dateText(indicator.latestPeriod)}:DATE:)`
              : value(indicator.latestValue),
        overall: achievement(indicator.achievement.overall),
        year: achievement(indicator.achievement.year),
      };
    }),
  );
}
