import type { IsoDate, Periodicity } from '../api/payloads';
import {
  addMonths,
  compareIsoDates,
  endOfPeriod,
  PERIOD_MONTHS,
  startOfPeriod,
} from '../dates/dates';
import { latestMeasurement, type IndicatorFacts } from './indicator';

/**
 * When the next measurement is due (DESIGN §3): at the end of the period after the latest one.
 * A quarterly value for Q1 is followed by Q2's, due on 30 June.
 */
export function nextMeasurementDue(
  latestPeriod: IsoDate,
  periodicity: Periodicity,
): IsoDate {
  const nextPeriod = addMonths(
    startOfPeriod(latestPeriod, periodicity),
    PERIOD_MONTHS[periodicity],
  );
  return endOfPeriod(nextPeriod, periodicity);
}

/**
 * The due date of the indicator's next measurement as of `asOf`. Before any measurement, the
 * baseline stands for the latest one: the first value is due at the end of the period after it.
 */
export function indicatorNextDue(
  indicator: Pick<
    IndicatorFacts,
    'baselineDate' | 'periodicity' | 'measurements'
  >,
  asOf: IsoDate,
): IsoDate {
  const latest = latestMeasurement(
    indicator.measurements,
    indicator.periodicity,
    asOf,
  );
  return nextMeasurementDue(
    latest?.period ?? indicator.baselineDate,
    indicator.periodicity,
  );
}

/** Stale: `asOf` is past the next measurement's due date (the due date itself is still in time). */
export function isIndicatorStale(
  indicator: Pick<
    IndicatorFacts,
    'baselineDate' | 'periodicity' | 'measurements'
  >,
  asOf: IsoDate,
): boolean {
  return compareIsoDates(asOf, indicatorNextDue(indicator, asOf)) > 0;
}
