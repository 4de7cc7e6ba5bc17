/**
 * Display of dates, numbers and percentages, French by default (DESIGN §1: `24/11/2026`, `1 234,5`,
 * `42 %`), English on demand (`24/11/2026`, `1,234.5`, `42%`).
 * Built on `Intl`, so both sides print exactly what the platform's French locale prints: the group
 * separator is a narrow no-break space (U+202F) and the space before `%` a no-break space (U+00A0),
 * which keeps a figure and its unit on one line. Formatters are built once: lists format thousands.
 */
import type { IsoDate, IsoDateTime } from '../api/payloads';
import { parseIsoDate } from '../dates/dates';
import { DomainError } from '../errors/domain-error';
import type { Language } from '../i18n/language';

const LOCALES: Readonly<Record<Language, string>> = { fr: 'fr-FR', en: 'en-GB' };
const PARIS = 'Europe/Paris';

// Dates are UTC calendar days (see dates.ts): format them in UTC so no time zone moves the day.
// English is British English: day, month, year as in French (24/11/2026).
const DATES = byLanguage(
  (locale) =>
    new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    }),
);

const DATE_TIMES = byLanguage(
  (locale) =>
    new Intl.DateTimeFormat(locale, {
      timeZone: PARIS,
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }),
);

const numberFormats = new Map<string, Intl.NumberFormat>();
const percentFormats = new Map<string, Intl.NumberFormat>();

/** `2026-11-24` → `24/11/2026`. */
export function formatDate(date: IsoDate, language: Language = 'fr'): string {
  return DATES[language].format(parseIsoDate(date));
}

/**
 * An instant (ISO 8601, usually UTC from the API) as Paris wall-clock time:
 * `2026-11-24T13:05:00Z` → `24/11/2026 à 14:05` (`24/11/2026 at 14:05`). Built from parts so that
 * the "à" does not depend on the ICU version's choice of separator.
 */
export function formatDateTime(value: IsoDateTime, language: Language = 'fr'): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) {
    throw new DomainError('invalid_date', `Date invalide : « ${value} ».`);
  }
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of DATE_TIMES[language].formatToParts(new Date(time)))
    parts[part.type] = part.value;
  const at = language === 'en' ? 'at' : 'à';
  return `${parts.day}/${parts.month}/${parts.year} ${at} ${parts.hour}:${parts.minute}`;
}

/** `1234.5` → `1 234,5` (U+202F between groups; `1,234.5` in English), at most `maximumFractionDigits` decimals. */
export function formatNumber(
  value: number,
  maximumFractionDigits = 2,
  language: Language = 'fr',
): string {
  return cached(
    numberFormats,
    `${language}:${maximumFractionDigits}`,
    () => new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits }),
  ).format(value);
}

/**
 * A percentage given in points (0..100, as progress and achievement are): `42` → `42 %` (`42%`).
 * One decimal at most, as the roll-ups are rounded to one.
 */
export function formatPercent(
  points: number,
  maximumFractionDigits = 1,
  language: Language = 'fr',
): string {
  return cached(
    percentFormats,
    `${language}:${maximumFractionDigits}`,
    () =>
      new Intl.NumberFormat(LOCALES[language], {
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
export function formatPoints(points: number, language: Language = 'fr'): string {
  const magnitude = formatNumber(Math.abs(points), 1, language);
  const sign = magnitude === '0' ? '' : points < 0 ? '\u2212' : '+';
  // French puts the singular under 2 (« 1,5 point »), English only at 1.
  const singular = language === 'fr' ? Math.abs(points) < 2 : Math.abs(points) === 1;
  return `${sign}${magnitude}\u00a0${singular ? 'point' : 'points'}`;
}

// The French names, kept for the many callers that only ever write French (exports, e-mails).
export const formatDateFr = (date: IsoDate): string => formatDate(date, 'fr');
export const formatDateTimeFr = (value: IsoDateTime): string => formatDateTime(value, 'fr');
export const formatNumberFr = (value: number, maximumFractionDigits = 2): string =>
  formatNumber(value, maximumFractionDigits, 'fr');
export const formatPercentFr = (points: number, maximumFractionDigits = 1): string =>
  formatPercent(points, maximumFractionDigits, 'fr');
export const formatPointsFr = (points: number): string => formatPoints(points, 'fr');

function byLanguage<T>(build: (locale: string) => T): Readonly<Record<Language, T>> {
  return { fr: build(LOCALES.fr), en: build(LOCALES.en) };
}

function cached(
  cache: Map<string, Intl.NumberFormat>,
  key: string,
  build: () => Intl.NumberFormat,
): Intl.NumberFormat {
  let format = cache.get(key);
  if (!format) {
    format = build();
    cache.set(key, format);
  }
  return format;
}
