import { stringify } from 'csv-stringify';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parisWallClock, safeText } from './export-cells';
import type { ExportRow, ExportValue } from './plan-export.service';
import type { WorkbookColumn, WorkbookSheet } from './workbook-layout';

/**
 * Streams one sheet as the CSV a French Excel opens by a double click: UTF-8 with a BOM, `;`
 * between fields, CRLF, decimal commas, dates as JJ/MM/AAAA. Percentages are written in points
 * (`42,5`), as the column headers of the screens show them.
 */
export async function writeCsv(out: Writable, sheet: WorkbookSheet, rows: readonly ExportRow[]): Promise<void> {
  const csv = stringify({
    bom: true,
    delimiter: ';',
    record_delimiter: '\r\n',
    header: true,
    columns: sheet.columns.map((column) => ({ key: column.key, header: column.header })),
  });
  const done = pipeline(csv, out);
  for (const row of rows) {
    const record = Object.fromEntries(sheet.columns.map((column) => [column.key, csvText(column, row[column.key] ?? null)]));
    // Respect back-pressure: a large plan does not pile up in memory when the client reads slowly.
    // (If the client goes away, `done` rejects and ends the loop.)
    if (!csv.write(record)) await Promise.race([once(csv, 'drain'), done]);
  }
  csv.end();
  await done;
}

const DECIMAL = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 10, useGrouping: false });

function csvText(column: WorkbookColumn, value: ExportValue): string {
  if (value === null) return '';
  switch (column.kind) {
    case 'integer':
    case 'number':
    case 'percent':
      // No group separator: Excel would read `1 234,5` as text. The minus is the ASCII one Excel parses.
      return typeof value === 'number' ? DECIMAL.format(value).replace('\u2212', '-') : String(value);
    case 'date':
      return typeof value === 'string' ? value.split('-').reverse().join('/') : String(value);
    case 'datetime':
      return value instanceof Date ? dateTimeText(value) : String(value);
    case 'boolean':
      return value ? 'oui' : 'non';
    default:
      return safeText(String(value));
  }
}

/** `24/11/2026 14:05`, Paris time: what a French Excel reads as a date and time. */
function dateTimeText(instant: Date): string {
  const iso = parisWallClock(instant).toISOString();
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)} ${iso.slice(11, 16)}`;
}
