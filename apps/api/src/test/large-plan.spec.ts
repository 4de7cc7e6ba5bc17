import { Pool } from 'pg';
import { generateLargePlan, LARGE_PLAN } from '../bench/large-plan';
import { prepareDatabase } from '../database/prepare-database';
import { createTestDatabase } from './support/test-database';

/** The bench's large plan (DESIGN §7): its counts, its determinism, and that it is sound data. */
describe('large plan generator', () => {
  let db: { url: string; drop(): Promise<void> };
  let sql: Pool;
  beforeAll(async () => {
    db = await createTestDatabase({ empty: true });
    await prepareDatabase(db.url, { mode: 'production' }, { env: {} });
    sql = new Pool({ connectionString: db.url, max: 2 });
  });
  afterAll(async () => {
    await sql.end();
    await db.drop();
  });

  it('writes the counts of DESIGN §7 at 1×', async () => {
    const client = await sql.connect();
    try {
      await client.query('BEGIN');
      const counts = await generateLargePlan(client, { today: '2026-11-25' });
      await client.query('COMMIT');
      expect(counts).toEqual({
        planId: expect.any(Number),
        actions: 2000,
        regionalActions: 600,
        deployments: 600 * 18,
        statusUpdates: 20000,
        comments: 10000,
        milestones: expect.any(Number),
        indicators: 200,
        measurements: 200 * 36 * 19,
      });
      expect(counts.milestones).toBeGreaterThan(2000);
      // Sound data: each action's current state is its latest update; every status occurs.
      const [{ n }] = (await sql.query(`
        SELECT count(*)::int AS n FROM actions a
          JOIN LATERAL (SELECT status, progress FROM status_updates u WHERE u.action_id = a.id ORDER BY created_at DESC, id DESC LIMIT 1) l ON true
         WHERE a.plan_id = $1 AND (l.status <> a.status OR l.progress <> a.progress)`, [counts.planId])).rows;
      expect(n).toBe(0);
      const statuses = (await sql.query(`SELECT DISTINCT status FROM actions WHERE plan_id = $1`, [counts.planId])).rows.map((r) => r.status);
      expect(statuses.sort()).toEqual(['abandoned', 'at_risk', 'done', 'late', 'not_started', 'on_track']);
      expect(LARGE_PLAN.actions).toBe(2000);
    } finally {
      client.release();
    }
  });

  it('is deterministic and scales the actions', async () => {
    const first = (await sql.query(`SELECT md5(string_agg(code || title || status || progress || weight || due_date, ',' ORDER BY code)) AS h FROM actions WHERE plan_id = (SELECT min(id) FROM plans)`)).rows[0].h;
    const counts = await generateLargePlan(sql, { today: '2026-11-25', scale: 2, title: 'Plan de charge ×2' });
    expect(counts.actions).toBe(4000);
    expect(counts.statusUpdates).toBe(40000);
    const third = await generateLargePlan(sql, { today: '2026-11-25', title: 'Plan de charge bis' });
    const again = (await sql.query(`SELECT md5(string_agg(code || title || status || progress || weight || due_date, ',' ORDER BY code)) AS h FROM actions WHERE plan_id = $1`, [third.planId])).rows[0].h;
    expect(again).toBe(first);
  });
});
