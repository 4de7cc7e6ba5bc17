import type { IsoDate } from '../api/payloads';
import { compareIsoDates } from '../dates/dates';
import { clamp, round1 } from '../math/math';
import {
  latestMeasurement,
  type IndicatorFacts,
  type TargetPoint,
} from './indicator';

/**
 * Achievement of a target (DESIGN §3): `(latest − baseline) / (target − baseline)` in percent,
 * clamped to 0..100 and rounded to one decimal. The same formula serves falling targets (both
 * differences are negative). `null` without a measurement.
 *
 * When baseline = target, no direction is implied: the target reads as "keep at least this level"
 * (e.g. keep 655 emergency services open), so 100 when latest ≥ target, else 0.
 */
export function achievement(
  baseline: number,
  target: number,
  latest: number | null,
): number | null {
  if (latest === null) return null;
  if (baseline === target) return latest >= target ? 100 : 0;
  return round1(
    clamp(((latest - baseline) / (target - baseline)) * 100, 0, 100),
  );
}

/**
 * The target in force at `asOf` and the point it is measured from: the first intermediate target
 * dated on or after `asOf`, else the final target; measured from the previous intermediate target,
 * or from the baseline when there is none before it.
 */
export function currentTarget(
  indicator: IndicatorFacts,
  asOf: IsoDate,
): { from: TargetPoint; to: TargetPoint } {
  const steps = [...indicator.intermediateTargets].sort((a, b) =>
    compareIsoDates(a.date, b.date),
  );
  let from: TargetPoint = {
    date: indicator.baselineDate,
    value: indicator.baselineValue,
  };
  for (const step of steps) {
    if (compareIsoDates(step.date, asOf) >= 0) return { from, to: step };
    from = step;
  }
  return {
    from,
    to: { date: indicator.targetDate, value: indicator.targetValue },
  };
}

/** Achievement of the final target by the latest measurement as of `asOf`. */
export function overallAchievement(
  indicator: IndicatorFacts,
  asOf: IsoDate,
): number | null {
  const latest = latestMeasurement(
    indicator.measurements,
    indicator.periodicity,
    asOf,
  );
  return achievement(
    indicator.baselineValue,
    indicator.targetValue,
    latest?.value ?? null,
  );
}

/** Achievement of the target in force at `asOf` (the year's achievement, DESIGN §3). */
export function yearAchievement(
  indicator: IndicatorFacts,
  asOf: IsoDate,
): number | null {
  const latest = latestMeasurement(
    indicator.measurements,
    indicator.periodicity,
    asOf,
  );
  const { from, to } = currentTarget(indicator, asOf);
  return achievement(from.value, to.value, latest?.value ?? null);
}

/** Both, as the indicator payload's `achievement {overall, year}`. */
export function indicatorAchievement(
  indicator: IndicatorFacts,
  asOf: IsoDate,
): { overall: number | null; year: number | null } {
  return {
    overall: overallAchievement(indicator, asOf),
    year: yearAchievement(indicator, asOf),
  };
}
