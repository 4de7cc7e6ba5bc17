import type { IsoDate } from '../api/payloads';
import { daysBetween } from '../dates/dates';
import { clamp } from '../math/math';
import { INDICATOR_OFF_TRACK_POINTS } from '../signals/signal-kind';
import { achievement } from './achievement';
import {
  latestMeasurement,
  measuredOn,
  type IndicatorFacts,
  type TargetPoint,
} from './indicator';

/**
 * The value expected at `date` on the straight line from `from` to `to` (DESIGN §3: from the
 * baseline to the target); the line's ends hold before and after it.
 */
export function expectedValueAt(
  from: TargetPoint,
  to: TargetPoint,
  date: IsoDate,
): number {
  const duration = daysBetween(from.date, to.date);
  if (duration <= 0)
    return daysBetween(to.date, date) >= 0 ? to.value : from.value;
  const share = clamp(daysBetween(from.date, date) / duration, 0, 1);
  return from.value + (to.value - from.value) * share;
}

export interface TrajectoryCheck {
  /** The day the latest measurement describes: the end of its period. */
  measuredOn: IsoDate;
  achievement: number;
  expectedAchievement: number;
  offTrack: boolean;
}

/**
 * Compares the latest measurement (as of `asOf`) with the trajectory at the end of its period.
 * `null` without a measurement: nothing to compare.
 */
export function trajectoryCheck(
  indicator: IndicatorFacts,
  asOf: IsoDate,
): TrajectoryCheck | null {
  const latest = latestMeasurement(
    indicator.measurements,
    indicator.periodicity,
    asOf,
  );
  if (latest === null) return null;
  const on = measuredOn(latest, indicator.periodicity);
  const from = { date: indicator.baselineDate, value: indicator.baselineValue };
  const to = { date: indicator.targetDate, value: indicator.targetValue };
  // Non-null: both values are given.
  const actual = achievement(from.value, to.value, latest.value) ?? 0;
  const expected =
    achievement(from.value, to.value, expectedValueAt(from, to, on)) ?? 0;
  return {
    measuredOn: on,
    achievement: actual,
    expectedAchievement: expected,
    offTrack: actual < expected - INDICATOR_OFF_TRACK_POINTS,
  };
}

/** True when the achievement is more than 15 points behind its linear trajectory (DESIGN §3). */
export function isOffTrack(indicator: IndicatorFacts, asOf: IsoDate): boolean {
  return trajectoryCheck(indicator, asOf)?.offTrack ?? false;
}
