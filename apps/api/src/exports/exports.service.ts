import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { FileWorkGate } from '../common/file-work/file-work-gate';
import { writeCsv } from './csv-writer';
import { CSV_TYPE, sendFile, XLSX_TYPE } from './export-response';
import { exportFileName, type ExportQuery } from './export-scope';
import { PlanExportService } from './plan-export.service';
import { ACTIONS_SHEET, DEPLOYMENTS_SHEET } from './workbook-layout';
import { writeWorkbook } from './xlsx-writer';

/** The plan's xlsx workbook and its CSV files: the data is gathered (and every refusal made) before the first byte. */
@Injectable()
export class ExportsService {
  constructor(
    private readonly plans: PlanExportService,
    private readonly files: FileWorkGate,
  ) {}

  async xlsx(planId: number, query: ExportQuery, response: Response): Promise<void> {
    const scope = await this.plans.scope(planId, query);
    // The whole plan's rows, held until the last one is written: one workbook at a time (file-work-gate.ts).
    await this.files.run(async () => {
      const data = await this.plans.load(scope);
      await sendFile(response, { type: XLSX_TYPE, name: `${exportFileName(data.scope)}.xlsx` }, (out) => writeWorkbook(out, data));
    });
  }

  async actionsCsv(planId: number, query: ExportQuery, response: Response): Promise<void> {
    const scope = await this.plans.scope(planId, query);
    const rows = await this.plans.actions(scope);
    await sendFile(response, { type: CSV_TYPE, name: `${exportFileName(scope, 'actions')}.csv` }, (out) => writeCsv(out, ACTIONS_SHEET, rows));
  }

  async deploymentsCsv(planId: number, query: ExportQuery, response: Response): Promise<void> {
    const scope = await this.plans.scope(planId, query);
    const rows = await this.plans.deployments(scope);
    await sendFile(response, { type: CSV_TYPE, name: `${exportFileName(scope, 'deploiements')}.csv` }, (out) =>
      writeCsv(out, DEPLOYMENTS_SHEET, rows),
    );
  }
}
