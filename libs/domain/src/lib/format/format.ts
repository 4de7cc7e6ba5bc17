/**
 * French display of dates, numbers and percentages (DESIGN §1: `24/11/2026`, `1 234,5`, `42 %`).
 * Built on `Intl`, so both sides print exactly what the platform's French locale prints: the group
 * separator is a narrow no-break space (U+202F) and the space before `%` a no-break space (U+00A0),
 * which keeps a figure and its unit on one line. Formatters are built once: lists format thousands.
 */
import type { IsoDate, IsoDateTime } from '../api/payloads';
import { parseIsoDate } from '../dates/dates';
import { DomainError } from '../errors/domain-error';

const LOCALE = 'fr-FR';
const PARIS = 'Europe/Paris';

// Dates are UTC calendar days (see dates.ts): format them in UTC so no time zone moves the day.
const DATE = new Intl.DateTimeFormat(LOCALE, {
  timeZone: 'UTC',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

const DATE_TIME = new Intl.DateTimeFormat(LOCALE, {
  timeZone: PARIS,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const numberFormats = new Map<number, Intl.NumberFormat>();
const percentFormats = new Map<number, Intl.NumberFormat>();

/** `2026-11-24` → `24/11/2026`. */
export function formatDateFr(date: IsoDate): string {
  return DATE.format(parseIsoDate(date));
}

/**
 * An instant (ISO 8601, usually UTC from the API) as Paris wall-clock time:
 * `2026-11-24T13:05:00Z` → `24/11/2026 à 14:05`. Built from parts so that the "à" does not depend
 * on the ICU version's choice of separator.
 */
export function formatDateTimeFr(value: IsoDateTime): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) {
    throw new DomainError('invalid_date', `Date invalide : « ${value} ».`);
  }
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of DATE_TIME.formatToParts(new Date(time)))
    parts[part.type] = part.value;
  return `${parts.day}/${parts.month}/${parts.year} à ${parts.hour}:${parts.minute}`;
}

/** `1234.5` → `1 234,5` (U+202F between groups), at most `maximumFractionDigits` decimals. */
export function formatNumberFr(
  value: number,
  maximumFractionDigits = 2,
): string {
  return cached(
    numberFormats,
    maximumFractionDigits,
    () => new Intl.NumberFormat(LOCALE, { maximumFractionDigits }),
  ).format(value);
}

/**
 * A percentage given in points (0..100, as progress and achievement are): `42` → `42 %`.
 * One decimal at most, as the roll-ups are rounded to one.
 */
export function formatPercentFr(
  points: number,
  maximumFractionDigits = 1,
): string {
  return cached(
    percentFormats,
    maximumFractionDigits,
    () =>
      new Intl.NumberFormat(LOCALE, {
        style: 'unit',
        unit: 'percent',
        maximumFractionDigits,
      }),
  ).format(points);
}

/**
 * A signed difference in points, with a true minus sign (U+2212) as French typography wants:
 * `-35` → `−35 points`, `5` → `+5 points`, `1` → `+1 point`.
 */
export function formatPointsFr(points: number): string {
  const magnitude = formatNumberFr(Math.abs(points), 1);
  const sign = magnitude === '0' ? '' : points < 0 ? '\u2212' : '+';
  // French puts the singular under 2 (« 1,5 point »).
  const unit = Math.abs(points) < 2 ? 'point' : 'points';
  return `${sign}${magnitude}\u00a0${unit}`;
}

function cached(
  cache: Map<number, Intl.NumberFormat>,
  key: number,
  build: () => Intl.NumberFormat,
): Intl.NumberFormat {
  let format = cache.get(key);
  if (!format) {
    format = build();
    cache.set(key, format);
  }
  return format;
}
