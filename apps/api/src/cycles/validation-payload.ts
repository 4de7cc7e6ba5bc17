import type { AxisValidationPayload, ValidationJustification } from '@boussole/domain';
import type { DataSource, EntityManager } from 'typeorm';

/** A validation as stored, justifications with the action's code and title as they were. */
export type StoredJustification = ValidationJustification & { code: string; title: string };

interface ValidationRow {
  id: number;
  cycle_id: number;
  axis_id: number;
  axis_number: number;
  axis_title: string;
  validated_at: Date;
  validated_by: number;
  validated_by_name: string;
  comment: string | null;
  justifications: StoredJustification[];
  reopened_at: Date | null;
  reopened_by: number | null;
  reopened_by_name: string | null;
  reopen_reason: string | null;
}

// People's names as they are today; the axis's number and title too (the validation keeps its id).
const SELECT = `
  SELECT v.id, v.cycle_id, v.axis_id, ax.number AS axis_number, ax.title AS axis_title,
         v.validated_at, v.validated_by, vu.name AS validated_by_name, v.comment, v.justifications,
         v.reopened_at, v.reopened_by, ru.name AS reopened_by_name, v.reopen_reason
    FROM axis_validations v
    JOIN axes ax ON ax.id = v.axis_id
    JOIN users vu ON vu.id = v.validated_by
    LEFT JOIN users ru ON ru.id = v.reopened_by`;

/** Every validation of a cycle, newest first, reopened ones included. */
export async function validationsOfCycle(db: DataSource | EntityManager, cycleId: number): Promise<AxisValidationPayload[]> {
  const rows: ValidationRow[] = await db.query(`${SELECT} WHERE v.cycle_id = $1 ORDER BY v.validated_at DESC, v.id DESC`, [cycleId]);
  return rows.map(toPayload);
}

export async function validationById(db: DataSource | EntityManager, id: number): Promise<AxisValidationPayload> {
  const [row]: ValidationRow[] = await db.query(`${SELECT} WHERE v.id = $1`, [id]);
  return toPayload(row);
}

/** The validation of the axis that stands for the cycle (not reopened), if any. */
export async function standingValidation(db: DataSource | EntityManager, cycleId: number, axisId: number): Promise<AxisValidationPayload | null> {
  const [row]: ValidationRow[] = await db.query(`${SELECT} WHERE v.cycle_id = $1 AND v.axis_id = $2 AND v.reopened_at IS NULL`, [cycleId, axisId]);
  return row ? toPayload(row) : null;
}

function toPayload(row: ValidationRow): AxisValidationPayload {
  return {
    id: row.id,
    cycleId: row.cycle_id,
    axisId: row.axis_id,
    axisNumber: row.axis_number,
    axisTitle: row.axis_title,
    validatedAt: row.validated_at.toISOString(),
    validatedBy: { id: row.validated_by, name: row.validated_by_name },
    comment: row.comment,
    justifications: row.justifications.map((j) => ({ actionId: j.actionId, code: j.code, title: j.title, text: j.text })),
    reopened:
      row.reopened_at && row.reopened_by !== null
        ? { at: row.reopened_at.toISOString(), by: { id: row.reopened_by, name: row.reopened_by_name ?? '' }, reason: row.reopen_reason ?? '' }
        : null,
  };
}
