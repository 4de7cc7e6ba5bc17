import { Pool } from 'pg';
import { checkAcknowledgedUpdates, percentile } from '../bench/bench-checks';
import { createTestDatabase } from './support/test-database';

/** The bench's own logic: its percentiles and its lost-update check must be able to fail. */
describe('bench checks', () => {
  it('computes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBeNaN();
  });

  describe('lost-update check', () => {
    let db: { url: string; drop(): Promise<void> };
    let sql: Pool;
    let ids: number[];
    beforeAll(async () => {
      db = await createTestDatabase();
      sql = new Pool({ connectionString: db.url, max: 2 });
      const [{ id: action }] = (await sql.query(`SELECT id FROM actions LIMIT 1`)).rows;
      const [{ id: author }] = (await sql.query(`SELECT id FROM users LIMIT 1`)).rows;
      ids = [];
      for (let i = 0; i < 3; i++) {
        const row = (await sql.query(
          `INSERT INTO status_updates (action_id, status, progress, narrative, author_id) VALUES ($1, 'on_track', 10, $2, $3) RETURNING id`,
          [action, `bench-test ${i}`, author],
        )).rows[0];
        ids.push(Number(row.id));
      }
    });
    afterAll(async () => {
      await sql.end();
      await db.drop();
    });

    it('passes when every acknowledged update is stored once and nothing else', async () => {
      expect(await checkAcknowledgedUpdates(sql, ids, 'bench-test')).toEqual({
        acknowledged: 3, stored: 3, missing: 0, duplicated: 0, unacknowledged: 0, ok: true,
      });
    });

    it('fails on a lost, a duplicated or an unacknowledged update', async () => {
      expect(await checkAcknowledgedUpdates(sql, [...ids, 999999999], 'bench-test')).toMatchObject({ missing: 1, ok: false });
      expect(await checkAcknowledgedUpdates(sql, [...ids, ids[0]], 'bench-test')).toMatchObject({ duplicated: 1, ok: false });
      expect(await checkAcknowledgedUpdates(sql, ids.slice(1), 'bench-test')).toMatchObject({ unacknowledged: 1, ok: false });
    });
  });
});
