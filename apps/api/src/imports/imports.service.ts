import { Injectable } from '@nestjs/common';
import type { ImportChange, ImportReport, ImportStatus } from '@boussole/domain';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { RequestUser } from '../auth/request-user';
import { AppError, notFound } from '../common/errors/app-error';
import { FileWorkGate } from '../common/file-work/file-work-gate';
import { IMPORT_SHEETS } from '../exports/workbook-layout';
import { assertPlanWritable } from '../plans/plan-writable';
import { ImportExecutor } from './import-executor';
import { planImport } from './import-planner';
import { IMPORT_KINDS, type ImportError, type ImportKind, type ImportPlan, type KindPlan } from './import-types';
import { loadPlanState } from './plan-state';
import { readWorkbook } from './workbook-reader';

export interface UploadedWorkbook {
  buffer: Buffer;
  originalname: string;
  size: number;
}

export type { ImportReport, ImportStatus };

const KIND_LABEL: Record<ImportKind, string> = { axis: 'Axe', objective: 'Objectif', action: 'Action', indicator: 'Indicateur', measurement: 'Mesure' };

interface ImportRow {
  id: number;
  plan_id: number;
  file_name: string;
  file_size: number;
  dry_run: boolean;
  status: ImportStatus;
  created_at: Date;
  author_id: number | null;
  author_name: string | null;
  summary: { kinds: Record<ImportKind, KindPlan> };
  errors: ImportError[];
}

const SHEET_ORDER = new Map(IMPORT_SHEETS.map((s, i) => [s.name, i]));

/**
 * `POST /api/imports/plans/:id`: reads the workbook, compares it with the plan, and runs the
 * changes through the admin services in one transaction. A dry run (or a file with any refusal)
 * rolls it all back; otherwise it commits with the services' audit events and its own. Every run
 * keeps its report.
 */
@Injectable()
export class ImportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly executor: ImportExecutor,
    private readonly audit: AuditService,
    private readonly files: FileWorkGate,
  ) {}

  /** One import at a time with the other large files (file-work-gate.ts): the workbook read whole and the plan's state held. */
  run(user: RequestUser, planId: number, file: UploadedWorkbook, dryRun: boolean): Promise<ImportReport> {
    return this.files.run(() => this.runNow(user, planId, file, dryRun));
  }

  private async runNow(user: RequestUser, planId: number, file: UploadedWorkbook, dryRun: boolean): Promise<ImportReport> {
    const [plan]: { state: 'draft' | 'active' | 'archived' }[] = await this.db.query(`SELECT state FROM plans WHERE id = $1`, [planId]);
    if (!plan) throw notFound('Projet stratégique');
    assertPlanWritable(plan.state);
    const read = await readWorkbook(file.buffer);
    const runner = this.db.createQueryRunner();
    await runner.connect();
    let result: { id: number; plan: ImportPlan };
    try {
      await runner.startTransaction();
      const manager = runner.manager;
      const state = await loadPlanState(manager, planId);
      const planned = planImport(state, read.sheets);
      planned.errors.unshift(...read.errors);
      const letters = Object.fromEntries([...read.sheets].map(([name, sheet]) => [name, sheet.letters]));
      planned.errors.push(...(await this.executor.execute(manager, user, state, planned, letters)));
      planned.errors.sort((a, b) => (SHEET_ORDER.get(a.sheet) ?? 0) - (SHEET_ORDER.get(b.sheet) ?? 0) || (a.row ?? 0) - (b.row ?? 0));
      if (dryRun || planned.errors.length > 0) {
        await runner.rollbackTransaction();
        result = { plan: planned, id: await this.keep(this.db.manager, user, planId, file, dryRun, planned) };
      } else {
        const id = await this.keep(manager, user, planId, file, false, planned);
        await this.audit.record(manager, {
          actorId: user.id,
          verb: 'import.apply',
          entityType: 'import',
          entityId: id,
          after: { planId, fileName: file.originalname, counts: countsOf(planned) },
        });
        await runner.commitTransaction();
        result = { plan: planned, id };
      }
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
    const report = await this.get(result.id);
    if (!dryRun && report.status === 'refused') {
      const n = report.errors.length;
      throw new AppError('invalid', `L’import compte ${n} erreur${n > 1 ? 's' : ''} : rien n’a été écrit. Corrigez le classeur, puis relancez la simulation.`, {
        current: report,
      });
    }
    return report;
  }

  async get(id: number): Promise<ImportReport> {
    const [row]: ImportRow[] = await this.db.query(
      `SELECT i.id, i.plan_id, i.file_name, i.file_size, i.dry_run, i.status, i.created_at, i.author_id, u.name AS author_name, i.summary, i.errors
         FROM imports i LEFT JOIN users u ON u.id = i.author_id WHERE i.id = $1`,
      [id],
    );
    if (!row) throw notFound('Import');
    const plan: ImportPlan = { kinds: row.summary.kinds, errors: row.errors };
    return {
      id: row.id,
      planId: row.plan_id,
      fileName: row.file_name,
      fileSize: row.file_size,
      dryRun: row.dry_run,
      status: row.status,
      createdAt: row.created_at.toISOString(),
      author: row.author_id ? { id: row.author_id, name: row.author_name ?? '' } : null,
      applied: row.status === 'applied',
      counts: countsOf(plan),
      changes: changesOf(plan),
      errors: plan.errors,
    };
  }

  private async keep(manager: EntityManager, user: RequestUser, planId: number, file: UploadedWorkbook, dryRun: boolean, plan: ImportPlan): Promise<number> {
    const status: ImportStatus = plan.errors.length > 0 ? 'refused' : dryRun ? 'planned' : 'applied';
    const [row]: { id: number }[] = await manager.query(
      `INSERT INTO imports (plan_id, author_id, file_name, file_size, dry_run, status, summary, errors)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        planId,
        user.id,
        (file.originalname || 'classeur.xlsx').slice(0, 300),
        file.size,
        dryRun,
        status,
        JSON.stringify({ kinds: plan.kinds }),
        JSON.stringify(plan.errors),
      ],
    );
    return row.id;
  }
}

function countsOf(plan: ImportPlan): ImportReport['counts'] {
  const counts = {} as ImportReport['counts'];
  for (const kind of IMPORT_KINDS) {
    const k = plan.kinds[kind];
    counts[kind] = { create: k.create.length, change: k.update.length, unchanged: k.unchanged };
  }
  return counts;
}

/** Every record to create or change, in the workbook's order, each at its row. */
function changesOf(plan: ImportPlan): ImportChange[] {
  return IMPORT_KINDS.flatMap((kind) => {
    const k = plan.kinds[kind];
    const named = (label: string, values: Record<string, unknown>) => {
      const title = values['title'] ?? values['name'] ?? values['value'];
      return `${KIND_LABEL[kind]} ${label}${title !== undefined && title !== null ? ` – ${String(title)}` : ''}`;
    };
    return [
      ...k.create.map((c): ImportChange => ({ kind, action: 'create', key: c.label, label: named(c.label, c.values), cell: `${c.sheet}!A${c.row}` })),
      ...k.update.map(
        (u): ImportChange => ({ kind, action: 'change', key: u.label, label: named(u.label, u.values), fields: u.changes, cell: `${u.sheet}!A${u.row}` }),
      ),
    ];
  });
}
