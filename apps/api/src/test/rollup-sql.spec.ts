import { rollupNode, STATUSES, type RollupAction, type Status } from '@boussole/domain';
import { Pool } from 'pg';
import { prepareDatabase } from '../database/prepare-database';
import { DemoRandom } from '../database/demo/demo-random';
import { ROLLUP_SQL, EXPLAIN_SQL } from '../rollups/rollup.sql';
import { createTestDatabase } from './support/test-database';

/**
 * The SQL roll-up and the domain's `rollupNode` are two statements of the same rules (DESIGN §3):
 * on generated data full of edge cases they must give the same numbers, node by node.
 */
interface GeneratedAction extends RollupAction {
  axis: number;
  objective: number;
  updates: { at: string; status: Status; progress: number }[];
}

const random = new DemoRandom('rollup-sql');
const pick = <T,>(items: readonly T[]) => items[random.int(0, items.length - 1)];
const day = (from: string, span: number) => new Date(Date.parse(`${from}T00:00:00Z`) + random.int(0, span) * 86400000).toISOString().slice(0, 10);

function generate(): GeneratedAction[] {
  const actions: GeneratedAction[] = [];
  // Axis 1: three busy objectives; axis 2: one objective with no action; axis 3: only abandoned actions.
  const layout: [number, number, number][] = [[1, 1, 120], [1, 2, 90], [1, 3, 60], [3, 1, 4]];
  let id = 0;
  for (const [axis, objective, n] of layout) {
    for (let i = 0; i < n; i++) {
      id += 1;
      const start = random.next() < 0.1 ? null : day('2024-10-01', 600);
      const due = start === null || random.next() < 0.05 ? null : random.next() < 0.05 ? start : day(start, 700);
      const updates: GeneratedAction['updates'] = [];
      let progress = 0;
      for (let u = 0, count = axis === 3 ? random.int(1, 3) : random.int(0, 6); u < count; u++) {
        const status: Status = axis === 3 ? 'abandoned' : pick(STATUSES);
        progress = status === 'done' ? 100 : Math.min(100, progress + random.int(0, 30));
        const at = `${day('2025-01-01', 690)}T${String(random.int(0, 23)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}:00.000Z`;
        updates.push({ at, status, progress });
      }
      updates.sort((a, b) => a.at.localeCompare(b.at));
      actions.push({
        id, axis, objective, updates, startDate: start, dueDate: due,
        weight: pick([0.5, 1, 1, 1, 2, 3, 1.25]),
        status: 'not_started', progress: 0, lastUpdateAt: null,
        milestones: Array.from({ length: random.int(0, 3) }, () => ({ plannedDate: day('2025-01-01', 700), done: random.next() < 0.5 })),
      });
    }
  }
  return [...actions, ...scheduled(id)];
}

/**
 * Axis 4: objectives whose health only the schedule decides, on 2026-11-25: two on-track actions
 * each, 50 % expected (20 of 40 days), so progress 27 is 23 points behind (late), 35 is 15 behind
 * (at risk), 30 exactly 20 behind (at risk: "more than" is strict), 40 exactly 10 (on track).
 */
const SCHEDULED: Record<number, { progress: number; health: string; rule: string }> = {
  1: { progress: 27, health: 'late', rule: 'behind_20' },
  2: { progress: 35, health: 'at_risk', rule: 'behind_10' },
  3: { progress: 30, health: 'at_risk', rule: 'behind_10' },
  4: { progress: 40, health: 'on_track', rule: 'on_track' },
};

function scheduled(lastId: number): GeneratedAction[] {
  return Object.entries(SCHEDULED).flatMap(([objective, { progress }]) =>
    [1, 2].map((): GeneratedAction => ({
      id: ++lastId, axis: 4, objective: Number(objective), startDate: '2026-11-05', dueDate: '2026-12-15', weight: 1,
      status: 'not_started', progress: 0, lastUpdateAt: null, milestones: [],
      updates: [{ at: '2026-11-20T09:00:00.000Z', status: 'on_track', progress }],
    })),
  );
}

/** Each action's state as of the end of `asOf` (UTC), from its updates, as DESIGN §3 says. */
function asOfState(action: GeneratedAction, asOf: string | null): RollupAction {
  const limit = asOf ? new Date(Date.parse(`${asOf}T00:00:00Z`) + 86400000).toISOString() : '9999';
  const last = [...action.updates].reverse().find((u) => u.at < limit);
  return { ...action, status: last?.status ?? 'not_started', progress: last?.progress ?? 0, lastUpdateAt: last?.at ?? null };
}

describe('roll-up: SQL and domain agree', () => {
  let db: { url: string; drop(): Promise<void> };
  let sql: Pool;
  let planId: number;
  const axisIds = new Map<number, number>();
  const objectiveIds = new Map<string, number>();
  const actions = generate();

  beforeAll(async () => {
    db = await createTestDatabase({ empty: true });
    await prepareDatabase(db.url, { mode: 'production' }, { env: {} });
    sql = new Pool({ connectionString: db.url, max: 2 });
    const user = (await sql.query(`INSERT INTO users (email, name, role) VALUES ('a@b.fr', 'A', 'admin') RETURNING id`)).rows[0].id;
    planId = (await sql.query(`INSERT INTO plans (title, start_year, end_year, state) VALUES ('Généré', 2025, 2027, 'active') RETURNING id`)).rows[0].id;
    for (const axis of [1, 2, 3, 4]) {
      axisIds.set(axis, (await sql.query(`INSERT INTO axes (plan_id, number, title) VALUES ($1, $2, $3) RETURNING id`, [planId, axis, `Axe ${axis}`])).rows[0].id);
    }
    for (const [axis, objective] of [[1, 1], [1, 2], [1, 3], [2, 1], [3, 1], [4, 1], [4, 2], [4, 3], [4, 4]]) {
      objectiveIds.set(`${axis}.${objective}`, (await sql.query(
        `INSERT INTO objectives (axis_id, number, code, title) VALUES ($1, $2, $3, $4) RETURNING id`,
        [axisIds.get(axis), objective, `${axis}.${objective}`, `Objectif ${axis}.${objective}`],
      )).rows[0].id);
    }
    for (const a of actions) {
      const current = asOfState(a, null);
      const dbId = (await sql.query(
        `INSERT INTO actions (plan_id, axis_id, objective_id, code, title, unit_id, start_date, due_date, weight, status, progress, last_update_at)
         VALUES ($1, $2, $3, $4, $5, 1, $6, $7, $8, $9, $10, $11) RETURNING id`,
        [planId, axisIds.get(a.axis), objectiveIds.get(`${a.axis}.${a.objective}`), `${a.axis}.${a.objective}.${a.id}`, `Action ${a.id}`,
          a.startDate, a.dueDate, a.weight, current.status, current.progress, current.lastUpdateAt],
      )).rows[0].id;
      a.id = dbId;
      for (const u of a.updates) {
        await sql.query(`INSERT INTO status_updates (action_id, status, progress, narrative, author_id, created_at) VALUES ($1, $2, $3, '', $4, $5)`, [dbId, u.status, u.progress, user, u.at]);
      }
      for (const m of a.milestones ?? []) {
        await sql.query(`INSERT INTO milestones (action_id, title, planned_date, done, actual_date) VALUES ($1, 'J', $2, $3, $4)`, [dbId, m.plannedDate, m.done, m.done ? m.plannedDate : null]);
      }
    }
  });
  afterAll(async () => {
    await sql.end();
    await db.drop();
  });

  it.each([
    ['today, from the actions’ current state', '2026-11-25', '2026-11-16', false],
    ['today, from the history', '2026-11-25', '2026-11-16', true],
    ['a past date inside a cycle', '2025-09-20', '2025-08-16', true],
    ['a past date outside any cycle', '2026-01-15', null, true],
    ['a date before any update', '2024-12-31', null, true],
  ] as const)('as of %s', async (_label, asOf, cycleOpenedOn, historical) => {
    const rows = (await sql.query(ROLLUP_SQL, [planId, asOf, cycleOpenedOn, historical])).rows;
    const explain = (await sql.query(EXPLAIN_SQL, [planId, asOf, cycleOpenedOn, historical])).rows;
    const states = actions.map((a) => asOfState(a, historical ? asOf : null));
    const nodes: [string, (a: GeneratedAction) => boolean, (r: { level: number; axis_id: number; objective_id: number }) => boolean][] = [
      ['plan', () => true, (r) => r.level === 3],
      ...[1, 3, 4].map((axis): [string, (a: GeneratedAction) => boolean, (r: { level: number; axis_id: number }) => boolean] => [
        `axis ${axis}`, (a) => a.axis === axis, (r) => r.level === 1 && r.axis_id === axisIds.get(axis),
      ]),
      ...['1.1', '1.2', '1.3', '3.1', '4.1', '4.2', '4.3', '4.4'].map((code): [string, (a: GeneratedAction) => boolean, (r: { level: number; objective_id: number }) => boolean] => [
        `objective ${code}`, (a) => `${a.axis}.${a.objective}` === code, (r) => r.level === 0 && r.objective_id === objectiveIds.get(code),
      ]),
    ];
    for (const [name, inNode, isRow] of nodes) {
      const domain = rollupNode(states.filter((s, i) => inNode(actions[i])), { asOf, cycleOpenedOn });
      const row = rows.find(isRow);
      expect({ node: name, progress: row.progress, expected: row.expected, health: row.health }).toEqual({
        node: name, progress: domain.progress, expected: domain.expectedProgress, health: domain.health,
      });
      const reason = row.health_rule === null ? null : { rule: row.health_rule, lateShare: row.late_share, atRiskShare: row.at_risk_share, gap: row.gap };
      expect({ node: name, reason }).toEqual({ node: name, reason: domain.healthReason });
      for (const status of STATUSES) {
        expect({ node: name, status, count: row[`n_${status}`], weight: row[`w_${status}`] }).toEqual({
          node: name, status, count: domain.counts[status].count, weight: domain.counts[status].weight,
        });
      }
      expect({ node: name, overdue: row.s_overdue, stale: row.s_stale, gap: row.s_schedule_gap, check: row.s_status_check }).toEqual({
        node: name, overdue: domain.signals.overdue, stale: domain.signals.stale, gap: domain.signals.schedule_gap, check: domain.signals.status_check,
      });
      const counted = explain.filter((e) => e.counted && actions.some((a) => a.id === e.id && inNode(a))).map((e) => e.id).sort((x, y) => x - y);
      expect(counted).toEqual(domain.explain.counted.map((c) => c.actionId).sort((x, y) => x - y));
    }
    // The schedule alone decides axis 4's objectives today, whether read from the history or not.
    if (asOf === '2026-11-25') {
      for (const [objective, { progress, health, rule }] of Object.entries(SCHEDULED)) {
        const row = rows.find((r) => r.level === 0 && r.objective_id === objectiveIds.get(`4.${objective}`));
        expect({ objective, progress: row.progress, expected: row.expected, late: row.w_late + row.w_at_risk, health: row.health, rule: row.health_rule })
          .toEqual({ objective, progress, expected: 50, late: 0, health, rule });
      }
    }
    // A node without actions has no row: the API shows it with no value, never 0.
    expect(rows.find((r) => r.level === 0 && r.objective_id === objectiveIds.get('2.1'))).toBeUndefined();
    // The axis of only abandoned actions (today) has no progress and no health.
    if (asOf === '2026-11-25') expect(rows.find((r) => r.level === 1 && r.axis_id === axisIds.get(3))).toMatchObject({ progress: null, health: null });
  });
});
