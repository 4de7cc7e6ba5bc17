import { Pool } from 'pg';
import { createTestDatabase } from './support/test-database';

/** The constraints that keep the data sound hold in the database itself, whatever the code does. */
describe('database constraints', () => {
  let db: { url: string; drop(): Promise<void> };
  let sql: Pool;
  let action: { id: number; plan_id: number; axis_id: number; objective_id: number; unit_id: number };
  let nonRegional: number;
  let userId: number;

  beforeAll(async () => {
    db = await createTestDatabase();
    sql = new Pool({ connectionString: db.url, max: 2 });
    action = (await sql.query(`SELECT id, plan_id, axis_id, objective_id, unit_id FROM actions WHERE regional ORDER BY id LIMIT 1`)).rows[0];
    nonRegional = (await sql.query(`SELECT id FROM actions WHERE NOT regional ORDER BY id LIMIT 1`)).rows[0].id;
    userId = (await sql.query(`SELECT id FROM users ORDER BY id LIMIT 1`)).rows[0].id;
  });
  afterAll(async () => {
    await sql.end();
    await db.drop();
  });

  const refused = (query: string, params: unknown[] = []) => expect(sql.query(query, params)).rejects.toThrow();

  it('keeps the status vocabulary closed and progress within 0..100', async () => {
    await refused(`UPDATE actions SET status = 'green' WHERE id = $1`, [action.id]);
    await refused(`UPDATE actions SET progress = 101 WHERE id = $1`, [action.id]);
    await refused(`UPDATE actions SET progress = -1 WHERE id = $1`, [action.id]);
    await refused(`UPDATE actions SET status = 'done', progress = 80 WHERE id = $1`, [action.id]);
    await refused(`UPDATE regional_deployments SET progress = 120 WHERE action_id = $1`, [action.id]);
  });

  it('keeps codes unique and an action’s plan, axis and objective consistent', async () => {
    const other = (await sql.query(`SELECT code FROM actions WHERE id <> $1 AND plan_id = $2 LIMIT 1`, [action.id, action.plan_id])).rows[0];
    await refused(`UPDATE actions SET code = $1 WHERE id = $2`, [other.code, action.id]);
    const foreignAxis = (await sql.query(`SELECT id FROM axes WHERE id <> $1 LIMIT 1`, [action.axis_id])).rows[0].id;
    await refused(`UPDATE actions SET axis_id = $1 WHERE id = $2`, [foreignAxis, action.id]);
    await refused(`INSERT INTO units (code, name) VALUES ('PF', 'doublon')`);
    await refused(`INSERT INTO users (email, name, role) VALUES ('ADMIN@boussole.test', 'x', 'admin')`);
    await refused(`INSERT INTO users (email, name, role) VALUES ('cp@boussole.test', 'x', 'project_manager')`);
  });

  it('never rewrites a status update', async () => {
    const update = (await sql.query(`SELECT id FROM status_updates LIMIT 1`)).rows[0];
    await refused(`UPDATE status_updates SET narrative = 'réécrit' WHERE id = $1`, [update.id]);
    await refused(`DELETE FROM status_updates WHERE id = $1`, [update.id]);
    await refused(`DELETE FROM audit_events`);
  });

  it('gives deployments only to regional actions, one per region', async () => {
    await refused(`INSERT INTO regional_deployments (action_id, region_code) VALUES ($1, '53')`, [nonRegional]);
    await refused(`INSERT INTO regional_deployments (action_id, region_code) VALUES ($1, '53')`, [action.id]);
    await refused(`INSERT INTO regional_deployments (action_id, region_code) VALUES ($1, '99')`, [action.id]);
  });

  it('keeps replies one level deep and measurements one per period', async () => {
    const parent = (
      await sql.query(`INSERT INTO comments (action_id, kind, text, author_id) VALUES ($1, 'general', 'parent', $2) RETURNING id`, [action.id, userId])
    ).rows[0].id;
    const reply = (
      await sql.query(`INSERT INTO comments (action_id, parent_id, kind, text, author_id) VALUES ($1, $2, 'general', 'réponse', $3) RETURNING id`, [action.id, parent, userId])
    ).rows[0].id;
    await refused(`INSERT INTO comments (action_id, parent_id, kind, text, author_id) VALUES ($1, $2, 'general', 'trop profond', $3)`, [action.id, reply, userId]);
    await refused(`INSERT INTO comments (action_id, kind, text, author_id) VALUES ($1, 'avis', 'x', $2)`, [action.id, userId]);
    const m = (await sql.query(`SELECT indicator_id, period, region_code FROM measurements WHERE region_code IS NULL LIMIT 1`)).rows[0];
    await refused(`INSERT INTO measurements (indicator_id, period, region_code, value) VALUES ($1, $2, NULL, 1)`, [m.indicator_id, m.period]);
  });

  it('allows one open reporting cycle per plan', async () => {
    await refused(`INSERT INTO reporting_cycles (plan_id, label, opens_on, closes_on, state) VALUES ($1, 'Extra', '2026-01-01', '2026-02-01', 'open')`, [action.plan_id]);
  });
});
