import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { exceljs } from '../exports/lazy-libraries';
import { DataSource } from 'typeorm';
import { notFound } from '../common/errors/app-error';
import { IMPORT_SHEETS, type WorkbookColumn } from '../exports/workbook-layout';
import { loadPlanState, type PlanState } from './plan-state';

/**
 * `GET /api/imports/plans/:id/template.xlsx`: the import's sheets with the export's headers,
 * pre-filled with the plan's structure (axes, objectives, actions, indicators), so that an admin
 * edits it and imports it back. Only the importable columns; the measurements sheet comes empty
 * (values are not structure, and a plan's history would pass the import's row limit).
 */
@Injectable()
export class ImportTemplateService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async template(planId: number): Promise<Buffer> {
    const [plan] = await this.db.query(`SELECT 1 FROM plans WHERE id = $1`, [planId]);
    if (!plan) throw notFound('Projet stratégique');
    const state = await loadPlanState(this.db, planId, false);
    const workbook = new (exceljs().Workbook)();
    workbook.creator = 'Boussole';
    for (const layout of IMPORT_SHEETS) {
      const columns = layout.columns.filter((c) => c.importable);
      const sheet = workbook.addWorksheet(layout.name, { views: [{ state: 'frozen', ySplit: 1 }] });
      sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? 14, style: styleOf(c) }));
      sheet.getRow(1).font = { bold: true };
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
      for (const record of rowsOf(state, layout.name)) {
        sheet.addRow(Object.fromEntries(columns.map((c) => [c.key, cellOf(c, record[c.key])])));
      }
    }
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
}

function rowsOf(state: PlanState, sheet: string): Record<string, unknown>[] {
  switch (sheet) {
    case 'Axes':
      return state.axes;
    case 'Objectifs':
      return state.objectives;
    case 'Actions':
      return state.actions;
    case 'Indicateurs':
      return state.indicators;
    default:
      return [];
  }
}

function styleOf(column: WorkbookColumn): { numFmt?: string } {
  if (column.kind === 'date') return { numFmt: 'dd/mm/yyyy' };
  if (column.kind === 'integer') return { numFmt: '0' };
  return {};
}

/** Dates as real Excel dates (midnight UTC, as exceljs reads them back). */
function cellOf(column: WorkbookColumn, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (column.kind === 'date' && typeof value === 'string') return new Date(`${value}T00:00:00Z`);
  return value;
}
