import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  model,
} from '@angular/core';
import { REGIONS, type IndicatorDetail } from '@boussole/domain';
import { dateText, quantityText } from '../../../core/i18n/page-format';
import { inRegion } from '../../../shared/region-place';
import { periodLabel } from '../indicator-format';
import { CHART, buildChart, polyline } from './chart-model';

let nextId = 0;

/**
 * The indicator's course as an inline SVG chart: the trajectory from the baseline to the target,
 * the intermediate targets, the national measurements and, on request, one region's.
 */
@Component({
  selector: 'bsl-indicator-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './indicator-chart.component.html',
  styleUrl: './indicator-chart.component.css',
})
export class IndicatorChartComponent {
  readonly indicator = input.required<IndicatorDetail>();
  /** The region compared with the national values (INSEE code), or null. */
  readonly compare = model<string | null>(null);

  protected readonly id = `bsl-graphique-${++nextId}`;
  protected readonly size = CHART;
  protected readonly regions = REGIONS;
  protected readonly model = computed(() =>
    buildChart(this.indicator(), this.compare()),
  );
  protected readonly nationalPath = computed(() =>
    polyline(this.model().national),
  );
  protected readonly regionPath = computed(() => polyline(this.model().region));
  protected readonly regionName = computed(
    () =>
      REGIONS.find((region) => region.code === this.compare())?.name ?? null,
  );

  /** The chart's text alternative, in one sentence or three. */
  protected readonly summary = computed(() => {
    const indicator = this.indicator();
    const value = (figure: number) => quantityText(figure, indicator.unit);
    const parts = [
      $localize`Évolution de l’indicateur « ${indicator.name}:NAME: »\u00a0: référence ${value(indicator.baselineValue)}:BASELINE: au ${dateText(indicator.baselineDate)}:BASELINE_DATE:, cible ${value(indicator.targetValue)}:TARGET: au ${dateText(indicator.targetDate)}:TARGET_DATE:.`,
      this.latestText($localize`Dernière valeur nationale`, null),
    ];
    const name = this.regionName();
    if (name)
      parts.push(
        this.latestText(
          $localize`Dernière valeur ${inRegion(this.compare() ?? '', name)}:PLACE:`,
          this.compare(),
        ),
      );
    parts.push(
      $localize`Le tableau «\u00a0Voir les données\u00a0» donne toutes les valeurs.`,
    );
    return parts.join(' ');
  });

  /** « en Bretagne », « à La Réunion »: where the compared region's measurements were taken. */
  protected place(name: string): string {
    return inRegion(this.compare() ?? '', name);
  }

  protected selectRegion(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.compare.set(value || null);
  }

  private latestText(label: string, regionCode: string | null): string {
    const indicator = this.indicator();
    const measurements = indicator.measurements.filter(
      (m) => m.regionCode === regionCode,
    );
    const latest = measurements.reduce<(typeof measurements)[number] | null>(
      (found, m) => (!found || m.period > found.period ? m : found),
      null,
    );
    return latest
      ? $localize`${label}:LABEL:\u00a0: ${quantityText(latest.value, indicator.unit)}:VALUE: (${periodLabel(latest.period, indicator.periodicity)}:PERIOD:).`
      : $localize`${label}:LABEL:\u00a0: aucune mesure.`;
  }
}
