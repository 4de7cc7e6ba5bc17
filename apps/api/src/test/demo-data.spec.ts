import {
  actionSignals,
  HEALTHS,
  indicatorSignals,
  regionalLaggards,
  rollupNode,
  SIGNAL_KINDS,
  STATUSES,
  type RollupAction,
} from '@boussole/domain';
import { Pool } from 'pg';
import { MIGRATIONS } from '../database/data-source';
import { prepareDatabase } from '../database/prepare-database';
import { createTestDatabase } from './support/test-database';

const today = new Date().toISOString().slice(0, 10);

describe('demo data (demo mode, empty database)', () => {
  let db: { url: string; drop(): Promise<void> };
  let sql: Pool;
  let first: Awaited<ReturnType<typeof prepareDatabase>>;

  beforeAll(async () => {
    db = await createTestDatabase({ empty: true });
    first = await prepareDatabase(db.url, { mode: 'demo' }, { today });
    sql = new Pool({ connectionString: db.url, max: 2 });
  });
  afterAll(async () => {
    await sql.end();
    await db.drop();
  });

  const count = async (query: string, params: unknown[] = []) => (await sql.query(query, params)).rows[0].n as number;

  it('migrates and loads the demo data on the first start', () => {
    // Every migration, in order: the list grows with the schema.
    expect(first.migrations).toEqual(MIGRATIONS.map((migration) => new migration().name));
    expect(first.migrations.slice(0, 3)).toEqual(['InitialSchema1764000000000', 'ReferenceData1764000000001', 'TrackingLoop1764000000002']);
    expect(first.demoLoaded).toBe(true);
  });

  it('holds both plans with their four axes, and the objectives of 2025-2027', async () => {
    const plans = (await sql.query(`SELECT id, title, state FROM plans ORDER BY start_year`)).rows;
    expect(plans.map((p) => [p.title, p.state])).toEqual([
      ['Projet stratégique 2015-2017', 'archived'],
      ['Projet stratégique 2025-2027', 'active'],
    ]);
    for (const plan of plans) expect(await count(`SELECT count(*)::int AS n FROM axes WHERE plan_id = $1`, [plan.id])).toBe(4);
    expect(await count(`SELECT count(*)::int AS n FROM objectives o JOIN axes a ON a.id = o.axis_id WHERE a.plan_id = $1`, [plans[1].id])).toBe(13);
  });

  it('has about 80 actions of every unit, about 25 regional with a deployment in each of the 18 regions', async () => {
    const actions = await count(`SELECT count(*)::int AS n FROM actions`);
    expect(actions).toBeGreaterThanOrEqual(75);
    expect(actions).toBeLessThanOrEqual(85);
    const regional = await count(`SELECT count(*)::int AS n FROM actions WHERE regional`);
    expect(regional).toBeGreaterThanOrEqual(20);
    expect(regional).toBeLessThanOrEqual(30);
    expect(await count(`SELECT count(*)::int AS n FROM regional_deployments`)).toBe(regional * 18);
    expect(await count(`SELECT count(DISTINCT unit_id)::int AS n FROM actions`)).toBe(6);
    expect(await count(`SELECT count(*)::int AS n FROM milestones`)).toBeGreaterThanOrEqual(actions * 2);
  });

  it('has a history of status updates over past cycles, and one open cycle', async () => {
    expect(await count(`SELECT count(*)::int AS n FROM reporting_cycles WHERE state = 'open'`)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM reporting_cycles WHERE state = 'closed'`)).toBeGreaterThanOrEqual(4);
    expect(await count(`SELECT count(*)::int AS n FROM status_updates`)).toBeGreaterThan(300);
    expect(await count(`SELECT count(DISTINCT cycle_id)::int AS n FROM status_updates`)).toBeGreaterThanOrEqual(5);
    // Every action's current state is its latest update.
    expect(
      await count(`
        SELECT count(*)::int AS n FROM actions a
        JOIN LATERAL (SELECT status, progress, created_at FROM status_updates u WHERE u.action_id = a.id
                      ORDER BY created_at DESC, id DESC LIMIT 1) last ON true
        WHERE last.status <> a.status OR last.progress <> a.progress OR last.created_at <> a.last_update_at`),
    ).toBe(0);
  });

  it('has about 20 indicators with measurements, some per region, and ARS comments', async () => {
    const indicators = await count(`SELECT count(*)::int AS n FROM indicators`);
    expect(indicators).toBeGreaterThanOrEqual(18);
    expect(indicators).toBeLessThanOrEqual(22);
    expect(await count(`SELECT count(DISTINCT indicator_id)::int AS n FROM measurements WHERE region_code IS NOT NULL`)).toBeGreaterThanOrEqual(5);
    expect(
      await count(`SELECT count(*)::int AS n FROM comments c JOIN users u ON u.id = c.author_id WHERE u.role = 'ars_liaison' AND c.region_code = u.region_code`),
    ).toBeGreaterThanOrEqual(8);
  });

  it('has the demo accounts of DESIGN §5, with argon2id hashes', async () => {
    const users = (await sql.query(`SELECT email, role, password_hash FROM users ORDER BY id`)).rows;
    expect(users.map((u) => u.email)).toEqual([
      'admin@boussole.test', 'direction@boussole.test', 'pf@boussole.test', 'rh@boussole.test', 'r@boussole.test',
      'q@boussole.test', 'n@boussole.test', 'dns@boussole.test', 'ars-idf@boussole.test', 'ars-bretagne@boussole.test',
      'ars-reunion@boussole.test', 'lecture@boussole.test',
    ]);
    for (const u of users) expect(u.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('makes every status, signal and health value of DESIGN §3 occur', async () => {
    const [{ opens_on: cycleOpenedOn }] = (await sql.query(`SELECT to_char(opens_on, 'YYYY-MM-DD') AS opens_on FROM reporting_cycles WHERE state = 'open'`)).rows;
    const context = { asOf: today, cycleOpenedOn };
    const actions = (
      await sql.query(`
        SELECT a.id, a.objective_id, a.weight::float AS weight, a.status, a.progress,
               to_char(a.start_date, 'YYYY-MM-DD') AS "startDate", to_char(a.due_date, 'YYYY-MM-DD') AS "dueDate",
               a.last_update_at AS "lastUpdateAt",
               coalesce((SELECT json_agg(json_build_object('plannedDate', to_char(m.planned_date, 'YYYY-MM-DD'), 'done', m.done))
                           FROM milestones m WHERE m.action_id = a.id), '[]') AS milestones
          FROM actions a`)
    ).rows.map((a) => ({ ...a, lastUpdateAt: a.lastUpdateAt ? new Date(a.lastUpdateAt).toISOString() : null })) as (RollupAction & { objective_id: number })[];

    expect(new Set(actions.map((a) => a.status))).toEqual(new Set(STATUSES));

    const seen = new Set<string>();
    for (const a of actions) for (const s of actionSignals(a, context)) seen.add(s.kind);
    const deployments = (await sql.query(`SELECT action_id, region_code AS "regionCode", status, progress FROM regional_deployments`)).rows;
    const byAction = new Map<number, typeof deployments>();
    for (const d of deployments) byAction.set(d.action_id, [...(byAction.get(d.action_id) ?? []), d]);
    if ([...byAction.values()].some((ds) => regionalLaggards(ds).length > 0)) seen.add('regional_laggard');
    const indicators = (
      await sql.query(`
        SELECT i.baseline_value::float AS "baselineValue", to_char(i.baseline_date, 'YYYY-MM-DD') AS "baselineDate",
               i.target_value::float AS "targetValue", to_char(i.target_date, 'YYYY-MM-DD') AS "targetDate",
               i.intermediate_targets AS "intermediateTargets", i.periodicity,
               coalesce((SELECT json_agg(json_build_object('period', to_char(m.period, 'YYYY-MM-DD'), 'value', m.value::float))
                           FROM measurements m WHERE m.indicator_id = i.id AND m.region_code IS NULL), '[]') AS measurements
          FROM indicators i`)
    ).rows;
    for (const i of indicators) for (const s of indicatorSignals(i, today)) seen.add(s.kind);
    expect([...seen].sort()).toEqual([...SIGNAL_KINDS].sort());

    const healths = new Set<string>();
    const objectives = new Map<number, RollupAction[]>();
    for (const a of actions) objectives.set(a.objective_id, [...(objectives.get(a.objective_id) ?? []), a]);
    for (const list of objectives.values()) {
      const health = rollupNode(list, context).health;
      if (health) healths.add(health);
    }
    expect([...healths].sort()).toEqual([...HEALTHS].sort());
  });

  it('loses nothing and loads nothing again on a second start', async () => {
    const before = await count(`SELECT (SELECT count(*) FROM actions) + (SELECT count(*) FROM status_updates) + (SELECT count(*) FROM users)::int AS n`);
    const second = await prepareDatabase(db.url, { mode: 'demo' }, { today });
    expect(second).toEqual({ migrations: [], demoLoaded: false });
    expect(await count(`SELECT (SELECT count(*) FROM actions) + (SELECT count(*) FROM status_updates) + (SELECT count(*) FROM users)::int AS n`)).toBe(before);
  });
});

describe('production mode', () => {
  it('never creates users with known passwords; creates only the admin the environment names', async () => {
    const db = await createTestDatabase({ empty: true });
    const sql = new Pool({ connectionString: db.url, max: 1 });
    try {
      const result = await prepareDatabase(db.url, { mode: 'production' }, { env: {} });
      expect(result.demoLoaded).toBe(false);
      expect((await sql.query(`SELECT count(*)::int AS n FROM users`)).rows[0].n).toBe(0);
      expect((await sql.query(`SELECT count(*)::int AS n FROM plans`)).rows[0].n).toBe(0);
      expect((await sql.query(`SELECT count(*)::int AS n FROM regions`)).rows[0].n).toBe(18);
      await prepareDatabase(db.url, { mode: 'production' }, { env: { BOUSSOLE_ADMIN_EMAIL: 'Admin@DGOS.fr', BOUSSOLE_ADMIN_PASSWORD: 'un-mot-de-passe-long' } });
      expect((await sql.query(`SELECT email, role FROM users`)).rows).toEqual([{ email: 'admin@dgos.fr', role: 'admin' }]);
    } finally {
      await sql.end();
      await db.drop();
    }
  });
});
