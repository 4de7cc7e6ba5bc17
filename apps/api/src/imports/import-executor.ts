import { Injectable, type Type } from '@nestjs/common';
import type { IndicatorAttachmentKind } from '@boussole/domain';
import { EntityManager } from 'typeorm';
import { ActionCreateService } from '../actions/action-create.service';
import { ActionEditService } from '../actions/action-edit.service';
import { CreateActionDto } from '../actions/dto/action-create.dto';
import { ActionPatchDto } from '../actions/dto/action-patch.dto';
import type { RequestUser } from '../auth/request-user';
import { AppError } from '../common/errors/app-error';
import { databaseRefusal } from '../common/filters/database-error';
import { validationPipe } from '../common/validation';
import { CreateIndicatorDto, PatchIndicatorDto } from '../indicators/dto/indicator.dto';
import { MeasurementDto } from '../indicators/dto/measurement.dto';
import { IndicatorsAdminService } from '../indicators/indicators-admin.service';
import { IndicatorsService } from '../indicators/indicators.service';
import { AxesService } from '../plans/axes.service';
import { CreateAxisDto, PatchAxisDto } from '../plans/dto/axis.dto';
import { CreateObjectiveDto, PatchObjectiveDto } from '../plans/dto/objective.dto';
import { ObjectivesService } from '../plans/objectives.service';
import { cellError, type ImportError, type ImportPlan, type PlannedCreate, type PlannedUpdate } from './import-types';
import type { PlanState } from './plan-state';

/** The workbook's column a service's field comes from, where their names differ. */
const COLUMN_OF_FIELD: Record<string, string> = {
  objectiveId: 'objectiveCode',
  ownerId: 'ownerEmail',
  'attachedTo.id': 'attachedTo',
  'attachedTo.kind': 'attachedTo',
};

/**
 * Applies an import's plan through the admin services, in the caller's transaction, each record
 * behind a savepoint: a record a service refuses (rights, locked axis, numbering…) is rolled back
 * alone and its refusal kept at its row, so that a dry run reports every one. The caller commits
 * only when none was refused.
 */
@Injectable()
export class ImportExecutor {
  private readonly pipe = validationPipe();

  constructor(
    private readonly axes: AxesService,
    private readonly objectives: ObjectivesService,
    private readonly actionCreate: ActionCreateService,
    private readonly actionEdit: ActionEditService,
    private readonly indicatorsAdmin: IndicatorsAdminService,
    private readonly indicators: IndicatorsService,
  ) {}

  async execute(
    manager: EntityManager,
    user: RequestUser,
    state: PlanState,
    plan: ImportPlan,
    letters: Record<string, Record<string, string>>,
  ): Promise<ImportError[]> {
    const refused: ImportError[] = [];
    const skip = new Set(plan.errors.map((e) => `${e.sheet}|${e.row}`));
    const axisIds = new Map(state.axes.map((a) => [a.number, a.id]));
    const objectiveIds = new Map(state.objectives.map((o) => [o.code, o.id]));
    const actionIds = new Map(state.actions.map((a) => [a.code, a.id]));
    const userId = (email: unknown) => (email ? (state.users.get(String(email))?.id ?? null) : null);
    const attachment = (text: unknown): { kind: IndicatorAttachmentKind; id: number | null } => {
      const t = text == null ? null : String(text);
      if (t === null) return { kind: 'plan', id: null };
      if (/^\d+$/.test(t)) return { kind: 'axis', id: axisIds.get(Number(t)) ?? null };
      if (/^\d+\.\d+$/.test(t)) return { kind: 'objective', id: objectiveIds.get(t) ?? null };
      return { kind: 'action', id: actionIds.get(t) ?? null };
    };

    const run = async (item: PlannedCreate, work: () => Promise<void>) => {
      if (skip.has(`${item.sheet}|${item.row}`)) return;
      await manager.query('SAVEPOINT import_record');
      try {
        await work();
        await manager.query('RELEASE SAVEPOINT import_record');
      } catch (error) {
        await manager.query('ROLLBACK TO SAVEPOINT import_record');
        refused.push(this.refusal(item, error, letters[item.sheet] ?? {}));
      }
    };
    const changed = (u: PlannedUpdate) => Object.fromEntries(u.changes.map((c) => [c.field, c.after]));
    const kinds = plan.kinds;

    for (const c of [...kinds.axis.create].sort((a, b) => Number(a.values['number'] ?? 0) - Number(b.values['number'] ?? 0))) {
      await run(c, async () => {
        const number = Number(c.label.replace('Axe ', ''));
        const dto = await this.dto(CreateAxisDto, { number, title: c.values['title'], description: c.values['description'] ?? null });
        axisIds.set(number, await this.axes.createIn(manager, user, state.planId, dto));
      });
    }
    for (const u of kinds.axis.update) await run(u, async () => this.axes.patchIn(manager, user, u.id, null, await this.dto(PatchAxisDto, changed(u))));

    for (const c of [...kinds.objective.create].sort((a, b) => byCode(a.label, b.label))) {
      await run(c, async () => {
        const [axis, number] = c.label.split('.').map(Number);
        const axisId = axisIds.get(axis);
        if (axisId === undefined) throw new AppError('invalid', `L’axe ${axis} n’a pas pu être créé.`);
        const dto = await this.dto(CreateObjectiveDto, { number, title: c.values['title'], description: c.values['description'] ?? null });
        objectiveIds.set(c.label, await this.objectives.createIn(manager, user, axisId, dto));
      });
    }
    for (const u of kinds.objective.update)
      await run(u, async () => this.objectives.patchIn(manager, user, u.id, null, await this.dto(PatchObjectiveDto, changed(u))));

    const actionFields = (values: Record<string, unknown>) => {
      const { objectiveCode, ownerEmail, ...rest } = values;
      return {
        ...rest,
        ...(objectiveCode !== undefined ? { objectiveId: objectiveIds.get(String(objectiveCode)) ?? -1 } : {}),
        ...(ownerEmail !== undefined ? { ownerId: userId(ownerEmail) } : {}),
      };
    };
    for (const c of [...kinds.action.create].sort((a, b) => byCode(a.label, b.label))) {
      await run(c, async () => {
        const dto = await this.dto(CreateActionDto, actionFields(c.values));
        actionIds.set(c.label, await this.actionCreate.createIn(manager, user, dto));
      });
    }
    for (const u of kinds.action.update)
      await run(u, async () => this.actionEdit.patchIn(manager, user, u.id, null, await this.dto(ActionPatchDto, actionFields(changed(u)))));

    const indicatorFields = (values: Record<string, unknown>) => {
      const { attachedTo, ...rest } = values;
      return { ...rest, ...(attachedTo !== undefined ? { attachedTo: attachment(attachedTo) } : {}) };
    };
    // The measurements of an indicator the file creates name it: its id is known once created.
    const createdIndicators = new Map<string, number>();
    for (const c of kinds.indicator.create) {
      await run(c, async () => {
        const dto = await this.dto(CreateIndicatorDto, { planId: state.planId, attachedTo: { kind: 'plan' }, ...indicatorFields(c.values) });
        createdIndicators.set(String(c.values['name']), await this.indicatorsAdmin.createIn(manager, user, dto));
      });
    }
    for (const u of kinds.indicator.update) {
      await run(u, async () => this.indicatorsAdmin.patchIn(manager, user, u.id, null, await this.dto(PatchIndicatorDto, indicatorFields(changed(u)))));
    }

    for (const m of [...kinds.measurement.create, ...kinds.measurement.update]) {
      await run(m, async () => {
        const { indicatorId, indicatorName, period, regionCode, value } = m.values;
        const id = indicatorId ?? createdIndicators.get(String(indicatorName));
        if (id === undefined) throw new AppError('invalid', `L’indicateur « ${String(indicatorName)} » n’a pas pu être créé.`);
        const dto = await this.dto(MeasurementDto, { period, value, regionCode: regionCode ?? null });
        await this.indicators.addIn(manager, user, Number(id), dto);
      });
    }
    return refused;
  }

  /** The body a route would have received, checked by the very pipe of the routes (French messages). */
  private async dto<T>(type: Type<T>, body: Record<string, unknown>): Promise<T> {
    const clean = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
    return (await this.pipe.transform(clean, { type: 'body', metatype: type })) as T;
  }

  private refusal(item: PlannedCreate, error: unknown, letters: Record<string, string>): ImportError {
    if (error instanceof AppError) {
      const field = Object.keys(error.details?.fields ?? {})[0];
      const key = field ? (COLUMN_OF_FIELD[field] ?? field) : null;
      return cellError(item.sheet, item.row, key ? (letters[key] ?? null) : null, `${item.label} : ${error.message}`);
    }
    const refusal = databaseRefusal(error);
    if (refusal) return cellError(item.sheet, item.row, null, `${item.label} : ${refusal.message}`);
    throw error;
  }
}

function byCode(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}
