import { daysBetween, type IsoDate } from '@boussole/domain';

/** A linear map from a domain of values to a range of pixels (reversed ranges allowed). */
export function linearScale(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
): (value: number) => number {
  if (d0 === d1) return () => (r0 + r1) / 2;
  return (value) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
}

/** A time scale on calendar days: `start` at `r0`, `end` at `r1`. */
export function dateScale(
  start: IsoDate,
  end: IsoDate,
  range: readonly [number, number],
): (date: IsoDate) => number {
  const scale = linearScale([0, daysBetween(start, end)], range);
  return (date) => scale(daysBetween(start, date));
}

/** The 1st of January of each year inside [start, end]. */
export function yearTicks(start: IsoDate, end: IsoDate): IsoDate[] {
  const first = Number(start.slice(0, 4));
  const last = Number(end.slice(0, 4));
  const ticks: IsoDate[] = [];
  for (let year = first; year <= last; year++) {
    const tick = `${String(year).padStart(4, '0')}-01-01`;
    if (tick >= start && tick <= end) ticks.push(tick);
  }
  return ticks;
}

/**
 * Round bounds and ticks that contain every value (about `count` intervals of 1, 2, 2.5 or 5
 * times a power of ten); a single value gets some room around it.
 */
export function niceTicks(
  values: readonly number[],
  count = 5,
): { domain: [number, number]; ticks: number[] } {
  let min = Math.min(...values);
  let max = Math.max(...values);
  if (!Number.isFinite(min) || !Number.isFinite(max)) {
    min = 0;
    max = 1;
  }
  if (min === max) {
    const room = Math.abs(min) / 10 || 1;
    min -= room;
    max += room;
  }
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step =
    [1, 2, 2.5, 5, 10].map((f) => f * power).find((s) => s >= raw) ??
    10 * power;
  const lo = Math.floor(min / step) * step;
  const hi = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let i = 0; lo + i * step <= hi + step / 1e6; i++) {
    ticks.push(Number((lo + i * step).toPrecision(12)));
  }
  return { domain: [ticks[0], ticks[ticks.length - 1]], ticks };
}
