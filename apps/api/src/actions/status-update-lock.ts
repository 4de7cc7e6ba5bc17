import { can, statusChangeErrors, STATUSES, type Actor, type MilestoneFact, type PlanState, type Status, type StatusChange } from '@boussole/domain';
import type { DataSource } from 'typeorm';

/**
 * The units whose actions `actor` may update, by the shared policy: null for any, [] for none.
 * The policy tells a unit only by whether it is the actor's own (a test holds it: see
 * status-update-scope.spec.ts), so asking it for the own unit and for another one says it all.
 */
export function actionUpdateUnits(actor: Actor): string[] | null {
  const own = actor.unitCode;
  const ownAllowed = own !== null && can(actor, 'action.update', { unitCode: own }).allowed;
  const otherAllowed = can(actor, 'action.update', { unitCode: `${own ?? ''}·autre` }).allowed;
  if (otherAllowed && (ownAllowed || own === null)) return null;
  return ownAllowed && own !== null ? [own] : [];
}

/** The météos an action may have now for this change to be written: the shared rule, asked of each. */
export function allowedPrevious(change: Omit<StatusChange, 'previous'>): Status[] {
  return STATUSES.filter((previous) => Object.keys(statusChangeErrors({ ...change, previous }, 'action')).length === 0);
}

/** The action as the write found it, once its row was locked. */
export interface StatusUpdateFacts {
  id: number;
  plan_id: number;
  axis_id: number;
  unit_code: string;
  status: Status;
  progress: number;
  version: number;
  start_date: string | null;
  due_date: string | null;
  plan_state: PlanState;
  cycle_id: number | null;
  cycle_opened_on: string | null;
  milestones: MilestoneFact[];
}

export interface StatusUpdateOutcome {
  written: boolean;
  action: StatusUpdateFacts;
  /** The axis's standing validation for the open cycle, when it refused the write. */
  validated?: { axisNumber: number; cycleLabel: string };
  updateId?: number;
  /** Times as PostgreSQL writes them in JSON (ISO 8601 with an offset). */
  createdAt?: string;
  version?: number;
  lastUpdateAt?: string;
}

export interface StatusUpdateWrite {
  actionId: number;
  version: number;
  status: Status;
  progress: number;
  narrative: string;
  nextSteps: string | null;
  blockers: string | null;
  authorId: number;
  units: string[] | null;
  previous: Status[];
}

/**
 * The whole status update in one round trip and one transaction (migration 1764000000012): the row
 * lock, the checks decided here beforehand, the validated axis asked once the lock is held, then
 * the update, the action's new state, the audit event and the notification. Null: no such action.
 * When a check fails nothing is written and the facts come back for the caller to say why.
 */
export async function writeStatusUpdate(db: DataSource, w: StatusUpdateWrite): Promise<StatusUpdateOutcome | null> {
  const [row]: { outcome: StatusUpdateOutcome | null }[] = await db.query(
    `SELECT boussole_post_status_update($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) AS outcome`,
    [w.actionId, w.version, w.status, w.progress, w.narrative, w.nextSteps, w.blockers, w.authorId, w.units, w.previous],
  );
  return row.outcome;
}
