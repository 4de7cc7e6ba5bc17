import {
  endOfPeriod,
  type IndicatorDetail,
  type IsoDate,
} from '@boussole/domain';
import { numberText } from '../../../core/i18n/page-format';
import { dateScale, linearScale, niceTicks, yearTicks } from './chart-scale';

export const CHART = {
  width: 640,
  height: 320,
  left: 64,
  right: 20,
  top: 16,
  bottom: 36,
} as const;

export interface ChartPoint {
  x: number;
  y: number;
  value: number;
  date: IsoDate;
}

export interface ChartModel {
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  baseline: ChartPoint;
  target: ChartPoint;
  intermediates: ChartPoint[];
  trajectory: string;
  national: ChartPoint[];
  region: ChartPoint[];
}

interface Dated {
  date: IsoDate;
  value: number;
}

/** The measurements of one territory (`null`: national), each dated by the end of its period. */
export function seriesOf(
  indicator: IndicatorDetail,
  regionCode: string | null,
): Dated[] {
  return indicator.measurements
    .filter((m) => m.regionCode === regionCode)
    .map((m) => ({
      date: endOfPeriod(m.period, indicator.periodicity),
      value: m.value,
    }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** Everything the chart draws, in the SVG's coordinates. */
export function buildChart(
  indicator: IndicatorDetail,
  regionCode: string | null,
): ChartModel {
  const baseline = {
    date: indicator.baselineDate,
    value: indicator.baselineValue,
  };
  const target = { date: indicator.targetDate, value: indicator.targetValue };
  const national = seriesOf(indicator, null);
  const region = regionCode ? seriesOf(indicator, regionCode) : [];
  const all: Dated[] = [
    baseline,
    target,
    ...indicator.intermediateTargets,
    ...indicator.trajectory,
    ...national,
    ...region,
  ];
  const dates = all.map((point) => point.date).sort();
  const start = dates[0];
  const end = dates[dates.length - 1];
  const x = dateScale(start, end, [CHART.left, CHART.width - CHART.right]);
  const { domain, ticks } = niceTicks(all.map((point) => point.value));
  const y = linearScale(domain, [CHART.height - CHART.bottom, CHART.top]);
  const place = (point: Dated): ChartPoint => ({
    x: round(x(point.date)),
    y: round(y(point.value)),
    value: point.value,
    date: point.date,
  });
  return {
    xTicks: yearTicks(start, end).map((date) => ({
      x: round(x(date)),
      label: date.slice(0, 4),
    })),
    yTicks: ticks.map((value) => ({
      y: round(y(value)),
      label: numberText(value),
    })),
    baseline: place(baseline),
    target: place(target),
    intermediates: indicator.intermediateTargets.map(place),
    trajectory: polyline(indicator.trajectory.map(place)),
    national: national.map(place),
    region: region.map(place),
  };
}

/** An SVG path through the points, in order. */
export function polyline(points: readonly { x: number; y: number }[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ');
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
