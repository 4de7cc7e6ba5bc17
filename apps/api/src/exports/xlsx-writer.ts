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
    for (const row of data.sheets[sheet.name as keyof PlanExport['sheets']]) {
      const added = worksheet.addRow(sheet.columns.map((column) => cellValue(column, row[column.key] ?? null)));
      added.eachCell({ includeEmpty: false }, (cell, n) => (cell.style = styles[n - 1]));
      added.commit();
    }
    worksheet.commit();
  }
  await workbook.commit();
}

function formatOf(column: WorkbookColumn): string | undefined {
  return column.key === 'scheduleGap' ? SIGNED_POINTS_FORMAT : NUMBER_FORMATS[column.kind];
}

/** The value as Excel types it: dates as dates, percentages as fractions, the rest as is. */
function cellValue(column: WorkbookColumn, value: ExportValue): ExcelJS.CellValue {
  if (value === null || value === '') return null;
  switch (column.kind) {
    case 'percent':
      return typeof value === 'number' ? Math.round(value * 10) / 1000 : null;
    case 'date':
      return typeof value === 'string' ? dayAsDate(value) : value;
    case 'datetime':
      return value instanceof Date ? parisWallClock(value) : value;
    default:
      return value;
  }
}
