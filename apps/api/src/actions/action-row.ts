import {
  actionSignals,
  effectiveStatus,
  expectedProgress,
  scheduleGap,
  type ActionListItem,
  type IsoDate,
  type MilestoneFact,
  type Signal,
  type Status,
} from '@boussole/domain';
import type { ActionColumnsSql } from '../rollups/rule-sql';

/** The columns every action payload is built from; `a` is `actions`. */
export const ACTION_COLUMNS = `
  a.id, a.code, a.title, a.description, a.plan_id, a.axis_id, a.objective_id, a.weight::float8 AS weight,
  a.regional, a.status, a.progress, a.start_date, a.due_date, a.last_update_at, a.version, a.position,
  un.code AS unit_code, un.name AS unit_name, a.owner_id, ow.name AS owner_name,
  ax.number AS axis_number, ob.code AS objective_code, cy.opens_on AS cycle_opened_on`;

export const ACTION_JOINS = `
  JOIN units un ON un.id = a.unit_id
  JOIN axes ax ON ax.id = a.axis_id
  JOIN objectives ob ON ob.id = a.objective_id
  LEFT JOIN users ow ON ow.id = a.owner_id
  LEFT JOIN reporting_cycles cy ON cy.plan_id = a.plan_id AND cy.state = 'open'`;

/** The columns of `a` (actions) for the shared SQL rules; freshness counts from `cy` (the open cycle). */
export const ACTION_RULE_COLUMNS: ActionColumnsSql = { start: 'a.start_date', due: 'a.due_date', status: 'a.status', lastUpdate: 'a.last_update_at' };

export interface ActionRow {
  id: number;
  code: string;
  title: string;
  description: string | null;
  plan_id: number;
  axis_id: number;
  objective_id: number;
  weight: number;
  regional: boolean;
  status: Status;
  progress: number;
  start_date: string | null;
  due_date: string | null;
  last_update_at: Date | null;
  version: number;
  position: number;
  unit_code: string;
  unit_name: string;
  owner_id: number | null;
  owner_name: string | null;
  axis_number: number;
  objective_code: string;
  cycle_opened_on: string | null;
}


/** The facts a status update changes, with what the shared rules derive from them. */
export interface ActionFacts {
  status: Status;
  progress: number;
  start_date: string | null;
  due_date: string | null;
  last_update_at: Date | null;
  cycle_opened_on: string | null;
}

/**
 * Where an action stands on `asOf` (status shown, expected progress, gap, signals) by the shared
 * rules: the list, the detail and a status update's answer all compute it here.
 */
export function actionStanding(row: ActionFacts, milestones: readonly MilestoneFact[], asOf: IsoDate) {
  const lastUpdateAt = row.last_update_at ? row.last_update_at.toISOString() : null;
  const facts = {
    status: row.status,
    progress: row.progress,
    startDate: row.start_date,
    dueDate: row.due_date,
    lastUpdateAt,
    milestones,
  };
  const expected = expectedProgress(row.start_date, row.due_date, asOf);
  const signalDetails: Signal[] = actionSignals(facts, { asOf, cycleOpenedOn: row.cycle_opened_on });
  return {
    status: row.status,
    progress: row.progress,
    lastUpdateAt,
    effectiveStatus: effectiveStatus(facts, asOf),
    expectedProgress: expected,
    scheduleGap: scheduleGap(row.progress, expected),
    signals: signalDetails.map((s) => s.kind),
    signalDetails,
  };
}

/** An action as listed, its expected progress, gap and signals computed by the shared rules. */
export function toActionListItem(
  row: ActionRow,
  milestones: readonly MilestoneFact[],
  asOf: IsoDate,
): ActionListItem & { signalDetails: Signal[] } {
  const standing = actionStanding(row, milestones, asOf);
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    description: row.description,
    planId: row.plan_id,
    axisId: row.axis_id,
    objectiveId: row.objective_id,
    unit: { code: row.unit_code, name: row.unit_name },
    owner: row.owner_id ? { id: row.owner_id, name: row.owner_name ?? '' } : null,
    startDate: row.start_date,
    dueDate: row.due_date,
    weight: row.weight,
    regional: row.regional,
    status: row.status,
    progress: row.progress,
    lastUpdateAt: standing.lastUpdateAt,
    version: row.version,
    position: row.position,
    axisNumber: row.axis_number,
    objectiveCode: row.objective_code,
    effectiveStatus: standing.effectiveStatus,
    expectedProgress: standing.expectedProgress,
    scheduleGap: standing.scheduleGap,
    signals: standing.signals,
    signalDetails: standing.signalDetails,
  };
}
