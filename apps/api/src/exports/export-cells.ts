import type { CellKind } from './workbook-layout';

const PARIS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/**
 * An instant as Paris wall-clock time carried in a Date's UTC fields: spreadsheets have no time
 * zones, and a reader in France expects the time they saw on the screen.
 */
export function parisWallClock(instant: Date): Date {
  const p: Record<string, string> = {};
  for (const part of PARIS.formatToParts(instant)) p[part.type] = part.value;
  return new Date(Date.UTC(+p['year'], +p['month'] - 1, +p['day'], +p['hour'], +p['minute'], +p['second']));
}

/** A `YYYY-MM-DD` day as a Date at 00:00 UTC, which exceljs writes as that very day. */
export function dayAsDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

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
