import type {
  CycleProgressPoint,
  PlanProgressHistory,
} from '@boussole/domain';
import { percentText } from '../../../../core/i18n/page-format';
import { linearScale } from '../../../indicators/components/chart-scale';
import { SERIES_STYLES, type MarkerKind } from './series-styles';

/** The SVG's coordinate box; the right margin holds the labels at the end of the lines. */
export const HISTORY_CHART = {
  width: 640,
  height: 300,
  left: 48,
  right: 104,
  top: 16,
  bottom: 40,
} as const;

/** At most this many cycle labels under the chart; beyond, one in two (or three…) is shown. */
const MAX_X_LABELS = 8;
/** The smallest vertical gap between two end labels, in SVG units. */
const LABEL_GAP = 14;

export interface HistoryPoint {
  x: number;
  y: number;
  value: number;
  cycleLabel: string;
  /** `Axe 1, T3 2026 : 62 %`, the marker's tooltip. */
  tip: string;
}

export interface HistorySeries {
  axisId: number;
  number: number;
  /** `Axe 1`. */
  name: string;
  title: string | null;
  /** 1-based, for the DSFR colour of the series (`bsl-history__series--n`). */
  colour: number;
  marker: MarkerKind;
  dash: string | null;
  words: string;
  points: HistoryPoint[];
  /** Broken where the axis was not validated. */
  path: string;
  /** `Axe 1 · 62 %` beside the line's last point, moved apart from the others' labels. */
  end: { x: number; y: number; text: string } | null;
}

/** A cell of the data table: the figure, or why there is none. */
export type HistoryCell =
  | { kind: 'value'; text: string }
  | { kind: 'missing'; text: string };

export interface HistoryModel {
  cycles: CycleProgressPoint[];
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  series: HistorySeries[];
  /** One row per cycle, one cell per series, in the series' order. */
  rows: { label: string; cells: HistoryCell[] }[];
  summary: string;
}

/** The title of each axis, as the plan names it today. */
export interface AxisName {
  id: number;
  number: number;
  title: string;
}

/** The figure of an axis for a cycle, kept only when a director validated it. */
function validatedFigure(
  cycle: CycleProgressPoint,
  axisId: number,
): number | null | undefined {
  const axis = cycle.axes.find((candidate) => candidate.axisId === axisId);
  if (!axis?.validated) return undefined;
  return axis.progress;
}

/**
 * What the chart of the axes' progress draws: the cycles in which at least one axis was
 * validated (oldest first), one line per axis through its validated figures. A figure frozen
 * by a cycle's closing without validation is left out: the chart shows what was validated.
 */
export function buildHistory(
  history: PlanProgressHistory,
  axisNames: readonly AxisName[],
): HistoryModel {
  const size = HISTORY_CHART;
  const cycles = history.cycles.filter((cycle) =>
    cycle.axes.some((axis) => axis.validated && axis.progress !== null),
  );
  // One cycle alone sits in the middle (the scale of an empty domain).
  const xScale = linearScale(
    [0, cycles.length - 1],
    [size.left, size.width - size.right],
  );
  const yScale = linearScale([0, 100], [size.height - size.bottom, size.top]);
  const x = (index: number) => round(xScale(index));
  const y = (value: number) => round(yScale(value));

  const axes = new Map<number, { number: number }>();
  for (const cycle of cycles)
    for (const axis of cycle.axes) axes.set(axis.axisId, axis);
  const ordered = [...axes.entries()].sort((a, b) => a[1].number - b[1].number);

  const series = ordered.map(([axisId, { number }], index): HistorySeries => {
    const style = SERIES_STYLES[index % SERIES_STYLES.length];
    const points: HistoryPoint[] = [];
    let path = '';
    let drawing = false;
    cycles.forEach((cycle, cycleIndex) => {
      const value = validatedFigure(cycle, axisId);
      if (value === null || value === undefined) {
        drawing = false;
        return;
      }
      const point = {
        x: x(cycleIndex),
        y: y(value),
        value,
        cycleLabel: cycle.label,
        tip: $localize`Axe ${number}:NUMBER:, ${cycle.label}:CYCLE:\u00a0: ${percentText(value)}:PERCENT:`,
      };
      points.push(point);
      path += `${drawing ? 'L' : `${path ? ' ' : ''}M`}${point.x} ${point.y}`;
      drawing = true;
    });
    const name = $localize`Axe ${number}:NUMBER:`;
    const last = points.at(-1);
    return {
      axisId,
      number,
      name,
      title: axisNames.find((axis) => axis.id === axisId)?.title ?? null,
      colour: (index % SERIES_STYLES.length) + 1,
      marker: style.marker,
      dash: style.dash,
      words: style.words,
      points,
      path,
      end: last
        ? {
            x: last.x + 10,
            y: last.y + 4,
            text: `${name} · ${percentText(last.value)}`,
          }
        : null,
    };
  });
  spreadEndLabels(series);

  const step = Math.ceil(cycles.length / MAX_X_LABELS);
  return {
    cycles,
    xTicks: cycles
      .map((cycle, index) => ({ x: x(index), label: cycle.label, index }))
      .filter(({ index }) => (cycles.length - 1 - index) % step === 0)
      .map(({ x: tickX, label }) => ({ x: tickX, label })),
    yTicks: [0, 25, 50, 75, 100].map((value) => ({
      y: y(value),
      label: percentText(value),
    })),
    series,
    rows: cycles.map((cycle) => ({
      label: cycle.label,
      cells: series.map((line): HistoryCell => {
        const value = validatedFigure(cycle, line.axisId);
        if (value === undefined)
          return { kind: 'missing', text: $localize`Non validé` };
        if (value === null)
          return { kind: 'missing', text: $localize`Non calculé` };
        return { kind: 'value', text: percentText(value) };
      }),
    })),
    summary: summarise(cycles, series),
  };
}

/** The chart's text alternative: the span of cycles, then each axis's first and last validated figure. */
function summarise(
  cycles: readonly CycleProgressPoint[],
  series: readonly HistorySeries[],
): string {
  const first = cycles[0]?.label;
  const last = cycles.at(-1)?.label;
  const span =
    cycles.length === 1
      ? $localize`Avancement des axes validé pour la campagne ${first}:CYCLE:.`
      : $localize`Avancement des axes validé de la campagne ${first}:FIRST: à la campagne ${last}:LAST:.`;
  const lines = series.map((line) => {
    const [start, end] = [line.points[0], line.points.at(-1)];
    if (!start || !end) return $localize`${line.name}:AXIS:\u00a0: jamais validé.`;
    if (start === end)
      return $localize`${line.name}:AXIS:\u00a0: ${percentText(end.value)}:PERCENT: (${end.cycleLabel}:CYCLE:).`;
    return $localize`${line.name}:AXIS:\u00a0: de ${percentText(start.value)}:FROM: (${start.cycleLabel}:FROM_CYCLE:) à ${percentText(end.value)}:TO: (${end.cycleLabel}:TO_CYCLE:).`;
  });
  return [
    span,
    ...lines,
    $localize`Le tableau «\u00a0Voir les données du graphique\u00a0» donne toutes les valeurs.`,
  ].join(' ');
}

/** Moves apart the end labels that would overlap (those ending on the same cycle). */
function spreadEndLabels(series: HistorySeries[]): void {
  const byX = new Map<number, NonNullable<HistorySeries['end']>[]>();
  for (const line of series) {
    if (!line.end) continue;
    byX.set(line.end.x, [...(byX.get(line.end.x) ?? []), line.end]);
  }
  for (const labels of byX.values()) {
    labels.sort((a, b) => a.y - b.y);
    for (let i = 1; i < labels.length; i++) {
      labels[i].y = Math.max(labels[i].y, labels[i - 1].y + LABEL_GAP);
    }
    // Pushed below the chart's box: shift the whole stack up.
    const lowest = labels[labels.length - 1].y;
    const overflow = lowest - (HISTORY_CHART.height - 4);
    if (overflow > 0) for (const label of labels) label.y -= overflow;
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
