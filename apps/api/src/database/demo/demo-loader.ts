import { EntityManager } from 'typeorm';
import { hashPassword } from '../../auth/passwords';
import { COMMENTS_2025_2027 } from './content/comments-2025-2027.content';
import type { DemoIndicator, DemoPlan } from './content/demo-content.types';
import { INDICATORS_2025_2027 } from './content/indicators-2025-2027.content';
import { PLAN_2015_2017 } from './content/plan-2015-2017.content';
import { PLAN_2025_2027 } from './content/plan-2025-2027.content';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { demoCycles } from './demo-cycles';
import { generateDeployments } from './demo-deployments';
import { generateHistory } from './demo-history';
import { generateMeasurements } from './demo-measurements';
import { validateDemoCycles } from './demo-validations';

interface Ids {
  users: Map<string, number>;
  units: Map<string, number>;
  actions: Map<string, number>;
  axes: Map<number, number>;
  objectives: Map<string, number>;
}

/**
 * Loads the demo data (DESIGN §8) into an empty database, in the caller's transaction: the two
 * plans, the demo accounts, the 2025-2027 actions with their history over the reporting cycles up
 * to `today`, their regional deployments, indicators with measurements, and comments.
 */
export async function loadDemoData(manager: EntityManager, today: string): Promise<void> {
  const ids: Ids = { users: new Map(), units: new Map(), actions: new Map(), axes: new Map(), objectives: new Map() };
  for (const row of (await manager.query(`SELECT id, code FROM units`)) as { id: number; code: string }[]) {
    ids.units.set(row.code, row.id);
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    const [row] = await manager.query(
      `INSERT INTO users (email, name, role, unit_id, region_code, password_hash) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [account.email, account.name, account.role, account.unit ? ids.units.get(account.unit) : null, account.region ?? null, passwordHash],
    );
    ids.users.set(account.email, row.id);
  }

  await insertPlan(manager, PLAN_2015_2017, ids, today, false);
  const planId = await insertPlan(manager, PLAN_2025_2027, ids, today, true);
  await insertIndicators(manager, planId, INDICATORS_2025_2027, ids, today);
  await insertComments(manager, ids, today);
  await validateDemoCycles(manager, planId, ids.users.get('direction@boussole.test') as number);
  await manager.query(
    `INSERT INTO audit_events (actor_id, verb, entity_type, entity_id, after) VALUES (NULL, 'demo.load', 'plan', $1, $2)`,
    [String(planId), JSON.stringify({ today })],
  );
}

async function insertPlan(manager: EntityManager, plan: DemoPlan, ids: Ids, today: string, tracked: boolean): Promise<number> {
  const [{ id: planId }] = await manager.query(
    `INSERT INTO plans (title, description, start_year, end_year, state) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [plan.title, plan.description, plan.startYear, plan.endYear, plan.state],
  );
  const cycleIds = new Map<string, number>();
  const cycles = tracked ? demoCycles(plan.startYear, plan.endYear, today) : [];
  for (const cycle of cycles) {
    const [row] = await manager.query(
      `INSERT INTO reporting_cycles (plan_id, label, opens_on, closes_on, state) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [planId, cycle.label, cycle.opensOn, cycle.closesOn, cycle.state],
    );
    cycleIds.set(cycle.label, row.id);
  }
  const sponsor = tracked ? ids.users.get('direction@boussole.test') : null;
  for (const axis of plan.axes) {
    const [{ id: axisId }] = await manager.query(
      `INSERT INTO axes (plan_id, number, title, description, sponsor_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [planId, axis.number, axis.title, axis.description, sponsor],
    );
    if (tracked) ids.axes.set(axis.number, axisId);
    for (const objective of axis.objectives) {
      const [{ id: objectiveId }] = await manager.query(
        `INSERT INTO objectives (axis_id, number, code, title, description) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [axisId, objective.number, `${axis.number}.${objective.number}`, objective.title, objective.description],
      );
      if (tracked) ids.objectives.set(`${axis.number}.${objective.number}`, objectiveId);
      for (const action of objective.actions) {
        const code = `${axis.number}.${objective.number}.${action.number}`;
        const owner = ids.users.get(`${action.unit.toLowerCase()}@boussole.test`) ?? null;
        const history = generateHistory(action, code, cycles, today);
        const latest = history[history.length - 1];
        const [{ id: actionId }] = await manager.query(
          `INSERT INTO actions (plan_id, axis_id, objective_id, code, title, description, unit_id, owner_id,
                                start_date, due_date, weight, regional, status, progress, last_update_at, version, position)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id`,
          [planId, axisId, objectiveId, code, action.title, action.description, ids.units.get(action.unit), owner,
            action.startDate, action.dueDate, action.weight, action.regional, latest?.status ?? 'not_started',
            latest?.progress ?? 0, latest?.createdAt ?? null, history.length + 1, action.number - 1],
        );
        ids.actions.set(code, actionId);
        for (const u of history) {
          await manager.query(
            `INSERT INTO status_updates (action_id, cycle_id, status, progress, narrative, next_steps, blockers, author_id, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
            [actionId, cycleIds.get(u.cycleLabel) ?? null, u.status, u.progress, u.narrative, u.nextSteps, u.blockers,
              owner ?? ids.users.get('admin@boussole.test'), u.createdAt],
          );
        }
        for (const [position, m] of action.milestones.entries()) {
          await manager.query(
            `INSERT INTO milestones (action_id, title, planned_date, actual_date, done, position) VALUES ($1, $2, $3, $4, $5, $6)`,
            [actionId, m.title, m.plannedDate, m.actualDate ?? null, Boolean(m.actualDate), position],
          );
        }
        if (action.regional) {
          for (const d of generateDeployments(action, code)) {
            await manager.query(
              `INSERT INTO regional_deployments (action_id, region_code, status, progress, narrative, updated_at, updated_by)
               VALUES ($1, $2, $3, $4, $5, $6, $7)`,
              [actionId, d.regionCode, d.status, d.progress, d.narrative, latest?.createdAt ?? new Date(`${today}T00:00:00Z`),
                d.narrative ? ids.users.get(liaisonOf(d.regionCode)) ?? null : owner],
            );
          }
        }
      }
    }
  }
  return planId;
}

async function insertIndicators(manager: EntityManager, planId: number, indicators: DemoIndicator[], ids: Ids, today: string) {
  for (const [index, indicator] of indicators.entries()) {
    const target = indicator.attachedTo;
    const axisId = target.kind === 'axis' ? ids.axes.get(target.axis) : null;
    const objectiveId = target.kind === 'objective' ? ids.objectives.get(`${target.axis}.${target.objective}`) : null;
    const actionId = target.kind === 'action' ? ids.actions.get(`${target.axis}.${target.objective}.${target.action}`) : null;
    const [{ id }] = await manager.query(
      `INSERT INTO indicators (plan_id, axis_id, objective_id, action_id, name, unit, baseline_value, baseline_date,
                               target_value, target_date, intermediate_targets, periodicity, source, definition, regional)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
      [planId, axisId ?? null, objectiveId ?? null, actionId ?? null, indicator.name, indicator.unit, indicator.baselineValue,
        indicator.baselineDate, indicator.targetValue, indicator.targetDate, JSON.stringify(indicator.intermediateTargets),
        indicator.periodicity, indicator.source, indicator.definition, indicator.regional],
    );
    const measurements = generateMeasurements(indicator, today, `indicator-${index}`);
    // One multi-row insert per indicator: a regional indicator has hundreds of values.
    for (let i = 0; i < measurements.length; i += 500) {
      const chunk = measurements.slice(i, i + 500);
      await manager.query(
        `INSERT INTO measurements (indicator_id, period, region_code, value)
         SELECT $1, p, r, v FROM unnest($2::date[], $3::char(2)[], $4::numeric[]) AS t(p, r, v)`,
        [id, chunk.map((m) => m.period), chunk.map((m) => m.regionCode), chunk.map((m) => m.value)],
      );
    }
  }
}

async function insertComments(manager: EntityManager, ids: Ids, today: string) {
  const base = Date.parse(`${today}T09:00:00Z`);
  for (const [index, comment] of COMMENTS_2025_2027.entries()) {
    const actionId = ids.actions.get(comment.actionCode);
    if (!actionId) throw new Error(`Demo comment on unknown action ${comment.actionCode}`);
    const createdAt = new Date(base - (COMMENTS_2025_2027.length - index) * 26 * 3600 * 1000);
    const [{ id }] = await manager.query(
      `INSERT INTO comments (action_id, region_code, kind, text, author_id, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [actionId, comment.regionCode ?? null, comment.kind, comment.text, ids.users.get(comment.author), createdAt],
    );
    for (const [r, reply] of (comment.replies ?? []).entries()) {
      await manager.query(
        `INSERT INTO comments (action_id, region_code, parent_id, kind, text, author_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [actionId, comment.regionCode ?? null, id, reply.kind, reply.text, ids.users.get(reply.author),
          new Date(createdAt.getTime() + (r + 1) * 3 * 3600 * 1000)],
      );
    }
  }
}

function liaisonOf(regionCode: string): string {
  return { '11': 'ars-idf@boussole.test', '53': 'ars-bretagne@boussole.test', '04': 'ars-reunion@boussole.test' }[regionCode] ?? '';
}
