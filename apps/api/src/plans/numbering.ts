import { EntityManager } from 'typeorm';
import { AppError, invalid } from '../common/errors/app-error';
import { MAX_AXES } from './dto/axis.dto';
import { MAX_OBJECTIVES } from './dto/objective.dto';

/** Axes are numbered inside their plan, objectives inside their axis, from 1 without gaps. */
export interface NumberedLevel {
  table: 'axes' | 'objectives';
  parent: 'plan_id' | 'axis_id';
  /** Deferrable (migration 3): numbers are swapped inside one transaction, checked at commit. */
  constraint: string;
  /** For the field error: « Le numéro d’axe est compris entre 1 et 5. » */
  label: string;
  /** The most siblings a parent holds (a database rule), and the refusal of one more. */
  max: number;
  full: string;
}

export const AXIS_LEVEL: NumberedLevel = {
  table: 'axes',
  parent: 'plan_id',
  constraint: 'axes_plan_id_number_key',
  label: 'Le numéro d’axe',
  max: MAX_AXES,
  full: `Un projet stratégique compte au plus ${MAX_AXES} axes.`,
};
export const OBJECTIVE_LEVEL: NumberedLevel = {
  table: 'objectives',
  parent: 'axis_id',
  constraint: 'objectives_axis_id_number_key',
  label: 'Le numéro d’objectif',
  max: MAX_OBJECTIVES,
  full: `Un axe compte au plus ${MAX_OBJECTIVES} objectifs.`,
};

async function siblingCount(manager: EntityManager, level: NumberedLevel, parentId: number): Promise<number> {
  const [row] = await manager.query(`SELECT count(*)::int AS n FROM ${level.table} WHERE ${level.parent} = $1`, [parentId]);
  return row.n;
}

/** A wanted place among `max` possible ones (1-based), else a field error. */
function assertPlace(level: NumberedLevel, number: number, max: number): void {
  if (number > max) throw invalid(`${level.label} est compris entre 1 et ${max}.`, { number: `${level.label} est compris entre 1 et ${max}.` });
}

/**
 * Shifts the siblings numbered from `from` to `to` (inclusive) by `delta` (±1), leaving `exceptId`
 * alone. Renumbered axes get a new version (their payload changed); objectives get theirs from
 * `syncObjectiveCodes`, since their code changes with their number.
 */
async function shiftSiblings(
  manager: EntityManager,
  level: NumberedLevel,
  parentId: number,
  range: { from: number; to: number; delta: 1 | -1; exceptId?: number },
): Promise<void> {
  await manager.query(`SET CONSTRAINTS ${level.constraint} DEFERRED`);
  const bump = level.table === 'axes' ? ', version = version + 1' : '';
  await manager.query(
    `UPDATE ${level.table} SET number = number + $4${bump}
      WHERE ${level.parent} = $1 AND number BETWEEN $2 AND $3 AND id IS DISTINCT FROM $5`,
    [parentId, range.from, range.to, range.delta, range.exceptId ?? null],
  );
}

/** A new sibling's place, `wanted` or the end: refuses a full parent or a place past the end, and makes room. */
export async function makeRoomAt(manager: EntityManager, level: NumberedLevel, parentId: number, wanted: number | undefined): Promise<number> {
  const count = await siblingCount(manager, level, parentId);
  if (count >= level.max) throw new AppError('conflict', level.full);
  const number = wanted ?? count + 1;
  assertPlace(level, number, count + 1);
  await shiftSiblings(manager, level, parentId, { from: number, to: count, delta: 1 });
  return number;
}

/** Moves a numbered sibling from place `from` to place `to` (checked): those between make room or close the gap. */
export async function moveToPlace(manager: EntityManager, level: NumberedLevel, parentId: number, id: number, from: number, to: number): Promise<void> {
  if (from === to) return;
  assertPlace(level, to, await siblingCount(manager, level, parentId));
  await shiftSiblings(manager, level, parentId, to < from ? { from: to, to: from - 1, delta: 1, exceptId: id } : { from: from + 1, to, delta: -1, exceptId: id });
}

/** Closes the gap a removed sibling left at `number`. */
export function closeGap(manager: EntityManager, level: NumberedLevel, parentId: number, number: number): Promise<void> {
  return shiftSiblings(manager, level, parentId, { from: number + 1, to: level.max, delta: -1 });
}

/** Objective codes `<axis>.<objective>` follow the numbers; those that change get a new version. */
export async function syncObjectiveCodes(manager: EntityManager, planId: number): Promise<void> {
  await manager.query(
    `UPDATE objectives o SET code = a.number || '.' || o.number, version = o.version + 1
       FROM axes a
      WHERE a.id = o.axis_id AND a.plan_id = $1 AND o.code <> a.number || '.' || o.number`,
    [planId],
  );
}
