import { invalid } from '../common/errors/app-error';
import { EntityManager } from 'typeorm';
import type { LockedAction } from './action-lock';
import { actionCount, assertCodeFree, assertOwner, objectiveRef, unitIdOf, type ObjectiveRef } from './action-rules';
import type { ActionPatchDto } from './dto/action-patch.dto';

/** The fields of `PATCH /api/actions/:id` that only an admin may send (`plan.manage`). */
export const ADMIN_FIELDS = ['objectiveId', 'position', 'unitCode', 'regional', 'code'] as const;

const FIELDS = ['title', 'description', 'startDate', 'dueDate', 'weight', 'ownerId', 'unitCode', 'regional', 'code', 'objectiveId'] as const;
type Field = (typeof FIELDS)[number];

const COLUMN: Record<Exclude<Field, 'unitCode' | 'objectiveId'>, string> = {
  title: 'title',
  description: 'description',
  startDate: 'start_date',
  dueDate: 'due_date',
  weight: 'weight',
  ownerId: 'owner_id',
  regional: 'regional',
  code: 'code',
};

/** What an edit writes: the columns, the audit's before/after, and the moves that follow. */
export interface ActionChanges {
  columns: Record<string, unknown>;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  /** Moved to another objective: the target, and where it came from. */
  target: ObjectiveRef | null;
  /** The wanted place (0-based) in the (new) objective, when it changes. */
  position: number | null;
  regional: 'on' | 'off' | null;
}

/**
 * Checks an edit against the rules of DESIGN §2 (dates in order, owner who may update the action
 * of its unit, code unique in the plan, target objective of the same plan, place in range) and
 * says what it changes. Nothing is written here.
 */
export async function planActionChanges(manager: EntityManager, action: LockedAction, dto: ActionPatchDto): Promise<ActionChanges> {
  const current: Record<Field, unknown> = {
    title: action.title,
    description: action.description,
    startDate: action.start_date,
    dueDate: action.due_date,
    weight: action.weight,
    ownerId: action.owner_id,
    unitCode: action.unit_code,
    regional: action.regional,
    code: action.code,
    objectiveId: action.objective_id,
  };
  const wanted = { ...dto, title: dto.title?.trim(), description: dto.description === undefined ? undefined : dto.description?.trim() || null };
  const changed = FIELDS.filter((f) => wanted[f] !== undefined && wanted[f] !== current[f]);
  const changes: ActionChanges = { columns: {}, before: {}, after: {}, target: null, position: null, regional: null };
  for (const f of changed) {
    changes.before[f] = current[f];
    changes.after[f] = wanted[f];
  }

  const start = dto.startDate !== undefined ? dto.startDate : action.start_date;
  const due = dto.dueDate !== undefined ? dto.dueDate : action.due_date;
  if (start && due && due < start) {
    throw invalid('L’échéance ne peut pas précéder la date de début.', { dueDate: 'L’échéance ne peut pas précéder la date de début.' });
  }
  const unitCode = dto.unitCode ?? action.unit_code;
  if (changed.includes('ownerId')) await assertOwner(manager, dto.ownerId, unitCode);
  else if (changed.includes('unitCode') && action.owner_id !== null) {
    await assertOwner(manager, action.owner_id, unitCode).catch(() => {
      const message = `Le responsable actuel ne peut pas mettre à jour une action de la sous-direction ${unitCode} : choisissez aussi un nouveau responsable.`;
      throw invalid(message, { ownerId: message });
    });
  }
  if (changed.includes('code')) await assertCodeFree(manager, action.plan_id, dto.code as string, action.id);
  if (changed.includes('unitCode')) changes.columns['unit_id'] = await unitIdOf(manager, unitCode);
  if (changed.includes('objectiveId')) {
    changes.target = await objectiveRef(manager, dto.objectiveId as number, action.plan_id);
    changes.columns['objective_id'] = changes.target.id;
    changes.columns['axis_id'] = changes.target.axis_id;
  }
  if (changed.includes('regional')) changes.regional = dto.regional ? 'on' : 'off';
  for (const f of changed) if (f !== 'unitCode' && f !== 'objectiveId') changes.columns[COLUMN[f]] = wanted[f];

  if (dto.position !== undefined && (changes.target !== null || dto.position !== action.position)) {
    const objectiveId = changes.target?.id ?? action.objective_id;
    const max = await actionCount(manager, objectiveId, action.id);
    if (dto.position > max) throw invalid(`La place est comprise entre 0 et ${max}.`, { position: `La place est comprise entre 0 et ${max}.` });
    changes.position = dto.position;
    changes.before['position'] = action.position;
    changes.after['position'] = dto.position;
  }
  return changes;
}

export function isEmpty(changes: ActionChanges): boolean {
  return Object.keys(changes.after).length === 0;
}
