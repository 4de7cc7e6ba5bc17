import type { IsoDate, Periodicity } from '../api/payloads';
import { compareIsoDates, endOfPeriod, startOfPeriod } from '../dates/dates';

/** A dated value: a baseline, an intermediate or final target. */
export interface TargetPoint {
  date: IsoDate;
  value: number;
}

/**
 * A measurement for a period. The period is identified by any day inside it (the API may store the
 * first or the last day): the rules only ever use its start and its end.
 */
export interface MeasurementFact {
  period: IsoDate;
  value: number;
}

/** What the indicator rules need; pass national measurements, or one region's. */
export interface IndicatorFacts {
  baselineValue: number;
  baselineDate: IsoDate;
  targetValue: number;
  targetDate: IsoDate;
  intermediateTargets: readonly TargetPoint[];
  periodicity: Periodicity;
  measurements: readonly MeasurementFact[];
}

/**
 * The latest measurement known as of `asOf`: among those whose period has begun by then, the one
 * of the latest period. A period counts from its first day, so that a value entered before the
 * period ends is not ignored until it does.
 */
export function latestMeasurement(
  measurements: readonly MeasurementFact[],
  periodicity: Periodicity,
  asOf: IsoDate,
): MeasurementFact | null {
  let latest: MeasurementFact | null = null;
  for (const m of measurements) {
    if (compareIsoDates(startOfPeriod(m.period, periodicity), asOf) > 0)
      continue;
    if (latest === null || compareIsoDates(m.period, latest.period) >= 0)
      latest = m;
  }
  return latest;
}

/** The day a measurement describes: the end of its period. */
export function measuredOn(
  measurement: MeasurementFact,
  periodicity: Periodicity,
): IsoDate {
  return endOfPeriod(measurement.period, periodicity);
}
