import { isIsoDate, type IsoDate } from '@boussole/domain';

/** Today in the browser's calendar (a French user's day, not UTC's), as `YYYY-MM-DD`. */
export function todayIso(now = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A date worth asking the API about: well formed and not from a year still being typed (a date
 * input reports 0002-09-01, then 0020-09-01… while the year is keyed in).
 */
export function isPlausibleDate(value: unknown): value is IsoDate {
  return isIsoDate(value) && value >= '2000-01-01';
}
