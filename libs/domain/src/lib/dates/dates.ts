/**
 * Calendar dates as `YYYY-MM-DD` strings (DESIGN §5). A date is a UTC calendar day: it is never
 * shifted by the server's or the browser's time zone, so the API and the web app agree on
 * "overdue" and "elapsed share" wherever they run.
 */
import type { IsoDate, Periodicity } from '../api/payloads';
import { DomainError } from '../errors/domain-error';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Months in one period of each periodicity. */
export const PERIOD_MONTHS: Readonly<Record<Periodicity, number>> = {
  month: 1,
  quarter: 3,
  year: 12,
};

/** True for a well-formed `YYYY-MM-DD` that is a real calendar day (2025-02-30 is not). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [
    Number(match[1]),
    Number(match[2]),
    Number(match[3]),
  ];
  return (
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/** The UTC midnight of a `YYYY-MM-DD`; throws a `DomainError('invalid_date')` otherwise. */
export function parseIsoDate(value: string): Date {
  if (!isIsoDate(value)) {
    throw new DomainError(
      'invalid_date',
      `Date invalide : « ${value} » (format attendu AAAA-MM-JJ).`,
    );
  }
  const [year, month, day] = value.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

/** The UTC calendar day of a Date, as `YYYY-MM-DD`. */
export function toIsoDate(date: Date): IsoDate {
  if (Number.isNaN(date.getTime())) {
    throw new DomainError('invalid_date', 'Date invalide.');
  }
  return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round(
    (parseIsoDate(to).getTime() - parseIsoDate(from).getTime()) / DAY_MS,
  );
}

/** -1, 0 or 1, like a comparator: `YYYY-MM-DD` strings sort as dates once validated. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  parseIsoDate(a);
  parseIsoDate(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Adds (or subtracts) calendar days. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return toIsoDate(new Date(parseIsoDate(date).getTime() + days * DAY_MS));
}

/**
 * Adds calendar months; the day is clamped to the end of a shorter month
 * (2025-01-31 + 1 month = 2025-02-28), as people count deadlines.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const start = parseIsoDate(date);
  const monthIndex = start.getUTCMonth() + months;
  const year = start.getUTCFullYear() + Math.floor(monthIndex / 12);
  const month = (((monthIndex % 12) + 12) % 12) + 1;
  const day = Math.min(start.getUTCDate(), daysInMonth(year, month));
  return toIsoDate(new Date(Date.UTC(year, month - 1, day)));
}

/** The first day of the month, quarter or year that contains `date`. */
export function startOfPeriod(
  date: IsoDate,
  periodicity: Periodicity,
): IsoDate {
  const parsed = parseIsoDate(date);
  const length = PERIOD_MONTHS[periodicity];
  const firstMonth = Math.floor(parsed.getUTCMonth() / length) * length;
  return toIsoDate(new Date(Date.UTC(parsed.getUTCFullYear(), firstMonth, 1)));
}

/** The last day of the month, quarter or year that contains `date`. */
export function endOfPeriod(date: IsoDate, periodicity: Periodicity): IsoDate {
  const nextStart = addMonths(
    startOfPeriod(date, periodicity),
    PERIOD_MONTHS[periodicity],
  );
  return addDays(nextStart, -1);
}

/**
 * The UTC calendar day of an ISO date or date-time (`2026-03-31T22:30:00Z` → `2026-03-31`).
 * Throws a `DomainError('invalid_date')` on anything else.
 */
export function isoDateOf(value: string): IsoDate {
  if (isIsoDate(value)) return value;
  const time = Date.parse(value);
  if (Number.isNaN(time) || !/^\d{4}-\d{2}-\d{2}T/.test(value)) {
    throw new DomainError('invalid_date', `Date invalide : « ${value} ».`);
  }
  return toIsoDate(new Date(time));
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
