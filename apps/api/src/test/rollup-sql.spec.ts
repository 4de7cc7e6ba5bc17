import { EXCLUSION_REASONS, rollupNode, STATUSES, type RollupAction, type Status } from '@boussole/domain';
import { Pool } from 'pg';
import { prepareDatabase } from '../database/prepare-database';
import { DemoRandom } from '../database/demo/demo-random';
import { explainStatement, rollupStatement, type RollupNodeRef } from '../rollups/rollup.sql';
import { createTestDatabase } from './support/test-database';

/**
 * The SQL roll-up and the domain's `rollupNode` are two statements of the same rules (DESIGN §3):
 * on generated data full of edge cases they must give the same numbers, node by node. The
 * statements are the very ones the routes run: the roll-up's and each node's explanation.
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
    // The cycle open "today" (2026-11-25) and a closed one around 2025-09-20; none on 2026-01-15.
    await sql.query(
      `INSERT INTO reporting_cycles (plan_id, label, opens_on, closes_on, state)
       VALUES ($1, 'T3 2025', '2025-08-16', '2025-10-15', 'closed'), ($1, 'T4 2026', '2026-11-16', '2026-12-15', 'open')`,
      [planId],
    );
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

  /** Code order: 1.2.10 after 1.2.9. */
  const byCode = (x: { code: string }, y: { code: string }) => {
    const a = x.code.split('.').map(Number);
    const b = y.code.split('.').map(Number);
    for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? -1) !== (b[i] ?? -1)) return (a[i] ?? -1) - (b[i] ?? -1);
    return 0;
  };
  type ExplainRow = { id: number; code: string; weight: number; progress: number; counted: boolean; status: string };
  async function explained(node: RollupNodeRef, asOf: string, today: string, window = { offset: 0, limit: 10000 }) {
    const { text, values } = explainStatement(planId, node, asOf, today, window);
    return (await sql.query(text, values)).rows[0] as { found: boolean; counted_total: number; excluded_total: number; rows: ExplainRow[] };
  }

  // [label, asOf, the route's today, the cycle's opening the roll-up must find]; today ≠ asOf reads the history.
  it.each([
    ['today, from the actions’ current state', '2026-11-25', '2026-11-25', '2026-11-16'],
    ['today, from the history', '2026-11-25', '2026-12-02', '2026-11-16'],
    ['a past date inside a cycle', '2025-09-20', '2026-12-02', '2025-08-16'],
    ['a past date outside any cycle', '2026-01-15', '2026-12-02', null],
    ['a date before any update', '2024-12-31', '2026-12-02', null],
  ] as const)('as of %s', async (_label, asOf, today, cycleOpenedOn) => {
    const historical = asOf !== today;
    const { text, values } = rollupStatement(planId, asOf, today);
    const rows = (await sql.query(text, values)).rows;
    expect(rows[0]).toMatchObject({ level: 3, id: planId, title: 'Généré', cycle_opens_on: cycleOpenedOn });
    // One row per node, in the answer's order: the plan, then each axis followed by its objectives.
    expect(rows.map((r) => `${r.level}:${r.code ?? r.number ?? ''}`)).toEqual([
      '3:', '1:1', '0:1.1', '0:1.2', '0:1.3', '1:2', '0:2.1', '1:3', '0:3.1', '1:4', '0:4.1', '0:4.2', '0:4.3', '0:4.4',
    ]);
    const states = actions.map((a) => asOfState(a, historical ? asOf : null));
    type NodeCase = [string, RollupNodeRef, (a: GeneratedAction) => boolean, (r: { level: number; id: number }) => boolean];
    const nodes: NodeCase[] = [
      ['plan', { kind: 'plan' }, () => true, (r) => r.level === 3],
      ...[1, 3, 4].map((axis): NodeCase => [
        `axis ${axis}`, { kind: 'axis', id: axisIds.get(axis) as number }, (a) => a.axis === axis, (r) => r.level === 1 && r.id === axisIds.get(axis),
      ]),
      ...['1.1', '1.2', '1.3', '3.1', '4.1', '4.2', '4.3', '4.4'].map((code): NodeCase => [
        `objective ${code}`, { kind: 'objective', id: objectiveIds.get(code) as number }, (a) => `${a.axis}.${a.objective}` === code,
        (r) => r.level === 0 && r.id === objectiveIds.get(code),
      ]),
    ];
    for (const [name, ref, inNode, isRow] of nodes) {
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
      // The explanation statement lists what the domain counts and leaves out, with the same figures.
      const explain = await explained(ref, asOf, today);
      const codeOf = new Map(explain.rows.map((e) => [e.id, e.code]));
      expect({ node: name, found: explain.found, counted: explain.counted_total, excluded: explain.excluded_total }).toEqual({
        node: name, found: true, counted: domain.explain.counted.length, excluded: domain.explain.excluded.length,
      });
      const counted = explain.rows.filter((e) => e.counted);
      const excluded = explain.rows.filter((e) => !e.counted);
      expect(counted.map(({ id, weight, progress }) => ({ actionId: id, weight, progress })))
        .toEqual(domain.explain.counted.map((c) => ({ ...c, code: codeOf.get(c.actionId) as string })).sort(byCode).map(({ code: _c, ...c }) => c));
      expect(excluded.map((e) => ({ actionId: e.id, reason: e.status === 'abandoned' ? EXCLUSION_REASONS.abandoned : EXCLUSION_REASONS.noWeight })))
        .toEqual(domain.explain.excluded.map((c) => ({ ...c, code: codeOf.get(c.actionId) as string })).sort(byCode).map(({ code: _c, ...c }) => c));
      // Counted first, then excluded, each in code order.
      expect(explain.rows.map((e) => e.id)).toEqual([...[...counted].sort(byCode), ...[...excluded].sort(byCode)].map((e) => e.id));
    }
    // The schedule alone decides axis 4's objectives today, whether read from the history or not.
    if (asOf === '2026-11-25') {
      for (const [objective, { progress, health, rule }] of Object.entries(SCHEDULED)) {
        const row = rows.find((r) => r.level === 0 && r.id === objectiveIds.get(`4.${objective}`));
        expect({ objective, progress: row.progress, expected: row.expected, late: row.w_late + row.w_at_risk, health: row.health, rule: row.health_rule })
          .toEqual({ objective, progress, expected: 50, late: 0, health, rule });
      }
    }
    // A node without actions has no value, never 0.
    expect(rows.find((r) => r.level === 0 && r.id === objectiveIds.get('2.1'))).toMatchObject({ actions: 0, progress: null, health: null, n_done: null });
    // The axis of only abandoned actions (today) has no progress and no health.
    if (asOf === '2026-11-25') expect(rows.find((r) => r.level === 1 && r.id === axisIds.get(3))).toMatchObject({ progress: null, health: null });
  });

  it('pages a node’s explanation: the pages put end to end are the whole list', async () => {
    const whole = await explained({ kind: 'axis', id: axisIds.get(1) as number }, '2026-11-25', '2026-12-02');
    const pages: ExplainRow[] = [];
    for (let offset = 0; offset < whole.rows.length + 7; offset += 7) {
      const page = await explained({ kind: 'axis', id: axisIds.get(1) as number }, '2026-11-25', '2026-12-02', { offset, limit: 7 });
      expect(page.counted_total + page.excluded_total).toBe(whole.rows.length);
      pages.push(...page.rows);
    }
    expect(pages).toEqual(whole.rows);
    expect(whole.rows.length).toBe(270);
  });

  it('tells an unknown plan (no row) from a node of another plan (not found)', async () => {
    const other = (await sql.query(`INSERT INTO plans (title, start_year, end_year, state) VALUES ('Autre', 2025, 2027, 'active') RETURNING id`)).rows[0].id;
    const foreign = explainStatement(other, { kind: 'axis', id: axisIds.get(1) as number }, '2026-11-25', '2026-11-25', { offset: 0, limit: 50 });
    expect((await sql.query(foreign.text, foreign.values)).rows[0]).toMatchObject({ found: false, counted_total: 0, excluded_total: 0, rows: [] });
    const unknown = rollupStatement(999999, '2026-11-25', '2026-11-25');
    expect((await sql.query(unknown.text, unknown.values)).rows).toEqual([]);
    const empty = rollupStatement(other, '2026-11-25', '2026-11-25');
    expect((await sql.query(empty.text, empty.values)).rows).toMatchObject([{ level: 3, title: 'Autre', actions: 0, progress: null }]);
  });
});
