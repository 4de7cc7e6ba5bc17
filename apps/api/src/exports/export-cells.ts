import type { CellKind } from './workbook-layout';

/**
 * An instant as Paris wall-clock time carried in a Date's UTC fields: spreadsheets have no time
 * zones, and a reader in France expects the time they saw on the screen. Paris follows the EU
 * rule (summer time from the last Sunday of March to the last Sunday of October, 01:00 UTC both):
 * computed here, as `Intl` per cell made the large plan's export a second slower.
 */
export function parisWallClock(instant: Date): Date {
  const time = instant.getTime();
  const [starts, ends] = summerTime(instant.getUTCFullYear());
  const offsetHours = time >= starts && time < ends ? 2 : 1;
  return new Date(time + offsetHours * 3_600_000);
}

const SUMMER_TIME = new Map<number, [number, number]>();

function summerTime(year: number): [number, number] {
  let bounds = SUMMER_TIME.get(year);
  if (!bounds) {
    bounds = [lastSundayAt1Utc(year, 2), lastSundayAt1Utc(year, 9)];
    SUMMER_TIME.set(year, bounds);
  }
  return bounds;
}

function lastSundayAt1Utc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0, 1));
  return last.getTime() - last.getUTCDay() * 86_400_000;
}

/**
 * A `YYYY-MM-DD` day as a Date at 00:00 UTC, which exceljs writes as that very day. Each day is
 * parsed once and its Date shared (exceljs only reads it): the large plan's 137,000 measurements
 * fall on 36 days, and parsing the string per cell took 70 ms of the export. The days a plan
 * names are a few thousand at most, so the map stays small.
 */
export function dayAsDate(day: string): Date {
  let date = DAYS.get(day);
  if (!date) {
    date = new Date(`${day}T00:00:00Z`);
    DAYS.set(day, date);
  }
  return date;
}

const DAYS = new Map<string, Date>();

/**
 * Excel's number formats (stored with `.` and shown with the reader's separators: `42,5 %` in a
 * French Excel). Percentages are stored as fractions, as Excel does.
 */
export const NUMBER_FORMATS: Partial<Record<CellKind, string>> = {
  integer: '0',
  // General: a French Excel shows `1234,5`, and `3` without a trailing comma.
  number: 'General',
  percent: '0.0 %',
  date: 'dd/mm/yyyy',
  datetime: 'dd/mm/yyyy hh:mm',
};

/** The schedule gap: signed points, one decimal. */
export const SIGNED_POINTS_FORMAT = '+0.0;-0.0;0';

/** A text cell that a spreadsheet would read as a formula (CSV injection): kept as text by a leading quote. */
export function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
