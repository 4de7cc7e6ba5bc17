import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  signal,
} from '@angular/core';
import { REGIONS, type IndicatorDetail } from '@boussole/domain';
import { dateText, quantityText } from '../../../core/i18n/page-format';
import { periodLabel } from '../indicator-format';
import { TableFrameDirective } from '../../../shared/table-frame.directive';

let nextId = 0;

/** "Voir les données": the chart's values as tables (targets, then measurements by period). */
@Component({
  selector: 'bsl-measurements-data',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TableFrameDirective],
  styles: `
    .bsl-accordion__panel {
      padding: 1rem;
    }
  `,
  templateUrl: './measurements-data.component.html',
})
export class MeasurementsDataComponent {
  readonly indicator = input.required<IndicatorDetail>();
  /** The region compared on the chart, whose values get a column. */
  readonly regionCode = input<string | null>(null);

  protected readonly panelId = `bsl-donnees-${++nextId}`;
  protected readonly open = signal(false);

  protected readonly regionName = computed(
    () =>
      REGIONS.find((region) => region.code === this.regionCode())?.name ?? null,
  );
  protected readonly targets = computed(() => {
    const indicator = this.indicator();
    const value = (figure: number) => quantityText(figure, indicator.unit);
    return [
      {
        label: $localize`Référence`,
        date: dateText(indicator.baselineDate),
        value: value(indicator.baselineValue),
      },
      ...indicator.intermediateTargets.map((target) => ({
        label: $localize`Cible intermédiaire`,
        date: dateText(target.date),
        value: value(target.value),
      })),
      {
        label: $localize`Cible`,
        date: dateText(indicator.targetDate),
        value: value(indicator.targetValue),
      },
    ];
  });
  /** One row per period with a national or (compared) regional value, oldest first. */
  protected readonly rows = computed(() => {
    const indicator = this.indicator();
    const region = this.regionCode();
    const periods = new Map<string, { national: string; region: string }>();
    for (const m of indicator.measurements) {
      if (m.regionCode !== null && m.regionCode !== region) continue;
      const row = periods.get(m.period) ?? { national: '–', region: '–' };
      const text = quantityText(m.value, indicator.unit);
      if (m.regionCode === null) row.national = text;
      else row.region = text;
      periods.set(m.period, row);
    }
    return [...periods.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([period, row]) => ({
        period,
        label: periodLabel(period, indicator.periodicity),
        ...row,
      }));
  });
}
