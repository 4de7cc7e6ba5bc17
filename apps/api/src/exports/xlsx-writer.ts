import type ExcelJS from 'exceljs';
import { exceljs } from './lazy-libraries';
import type { Writable } from 'node:stream';
import { dayAsDate, NUMBER_FORMATS, parisWallClock, SIGNED_POINTS_FORMAT } from './export-cells';
import { scopeDescription } from './export-scope';
import type { ExportValue, PlanExport } from './plan-export.service';
import { WORKBOOK_SHEETS, type WorkbookColumn } from './workbook-layout';

/**
 * Streams the plan's workbook into `out`: each row is committed as soon as it is written, so the
 * file never sits whole in memory. Headers on row 1 (the import finds its columns there), frozen
 * and filtered; what the file holds is said in the workbook's properties.
 */
export async function writeWorkbook(out: Writable, data: PlanExport): Promise<void> {
  // The zip is deflated at level 1 already (compress-commons' default under exceljs): the large
  // plan's 47 MB of XML become a 4.8 MB file; only `store` is faster, and it would send the 47 MB.
  const workbook = new (exceljs().stream.xlsx.WorkbookWriter)({ stream: out, useStyles: true, useSharedStrings: false });
  const description = scopeDescription(data.scope);
  workbook.creator = 'Boussole';
  workbook.lastModifiedBy = 'Boussole';
  workbook.title = data.scope.planTitle;
  workbook.subject = description;
  workbook.description = `${description}. Les déploiements régionaux sont ceux du jour de l’export (ils n’ont pas d’historique).`;
  workbook.created = new Date();

  for (const sheet of WORKBOOK_SHEETS) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
    worksheet.columns = sheet.columns.map((column) => ({ header: column.header, key: column.key, width: column.width ?? 14 }));
    // One style object per column, shared by its cells: exceljs recognises a style it has seen by
    // identity, and building one per cell made the large plan's workbook five times slower.
    const styles: Partial<ExcelJS.Style>[] = sheet.columns.map((column) => {
      const numFmt = formatOf(column);
      return numFmt ? { numFmt } : {};
    });
    worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
    const header = worksheet.getRow(1);
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', wrapText: true };
    header.commit();
    const columns = sheet.columns;
    let written = 0;
    for (const row of data.sheets[sheet.name as keyof PlanExport['sheets']]) {
      // An empty value is left out of the array, so exceljs makes no cell for it (it would have
      // given each one a style object of its own to look up).
      const values: (ExcelJS.CellValue | undefined)[] = new Array(columns.length);
      for (let c = 0; c < columns.length; c++) values[c] = cellValue(columns[c], row[columns[c].key] ?? null);
      const added = worksheet.addRow(values);
      // The same (empty) style for every row, for the same reason as the columns' styles above:
      // a fresh one per row was serialised once per row to be recognised. exceljs's typings omit
      // the row's `style`, which its own code reads on commit.
      (added as unknown as { style: Partial<ExcelJS.Style> }).style = ROW_STYLE;
      for (let c = 0; c < columns.length; c++) {
        const cell = added.findCell(c + 1);
        if (cell) cell.style = styles[c];
      }
      added.commit();
      // exceljs writes synchronously: without a pause the whole sheet's XML (34 MB for the large
      // plan's measurements) would wait in memory for the zip, which compresses on libuv's threads
      // only when the loop lets it. Yielding now and then lets it compress while rows are written.
      if (++written % YIELD_EVERY === 0) await breathe(out);
    }
    worksheet.commit();
  }
  await workbook.commit();
}

const ROW_STYLE: Partial<ExcelJS.Style> = {};
const YIELD_EVERY = 1000;

/**
 * Lets the zip compress what was written, waits while the client has not read what was sent (a
 * slow connection would otherwise pile the file up in memory), and stops the work when the client
 * has gone.
 */
async function breathe(out: Writable): Promise<void> {
  if (out.destroyed) throw new Error('Le client a quitté le téléchargement.');
  if (out.writableNeedDrain) {
    await new Promise<void>((resolve) => {
      const done = () => {
        out.off('drain', done);
        out.off('close', done);
        resolve();
      };
      out.on('drain', done);
      out.on('close', done);
    });
  } else {
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (out.destroyed) throw new Error('Le client a quitté le téléchargement.');
}

function formatOf(column: WorkbookColumn): string | undefined {
  return column.key === 'scheduleGap' ? SIGNED_POINTS_FORMAT : NUMBER_FORMATS[column.kind];
}

/** The value as Excel types it: dates as dates, percentages as fractions, the rest as is. */
function cellValue(column: WorkbookColumn, value: ExportValue): ExcelJS.CellValue | undefined {
  if (value === null || value === '') return undefined;
  switch (column.kind) {
    case 'percent':
      return typeof value === 'number' ? Math.round(value * 10) / 1000 : undefined;
    case 'date':
      return typeof value === 'string' ? dayAsDate(value) : value;
    case 'datetime':
      return value instanceof Date ? parisWallClock(value) : value;
    default:
      return value;
  }
}
