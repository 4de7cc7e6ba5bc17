import { createTestApp, TestApp } from './support/test-app';

/**
 * `GET /api/plans`, `GET /api/plans/:id` and `GET /api/plans/:id/changes`, which every dashboard
 * reads first, come from the read cache like the roll-up: kept until a write, then read again.
 */
describe('plan reads through the read cache', () => {
  let t: TestApp;
  let admin: string;
  let planId: number;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin@boussole.test');
    planId = (await t.request('/plans', { token: admin })).body[0].id;
  });
  afterAll(async () => t.close());

  const titleInDatabase = async () =>
    (await t.sql.query<{ title: string; version: number }>(`SELECT title, version FROM plans WHERE id = $1`, [planId])).rows[0];

  it('answers the same plan twice from one computation, with its ETag and a 304 when unchanged', async () => {
    const first = await t.request(`/plans/${planId}`, { token: admin });
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(first.headers.get('content-type')).toBe('application/json; charset=utf-8');
    // A change no request made (no write through the API): the kept answer is still the one given.
    const { title } = await titleInDatabase();
    await t.sql.query(`UPDATE plans SET title = title || ' (hors API)' WHERE id = $1`, [planId]);
    try {
      const second = await t.request(`/plans/${planId}`, { token: admin });
      expect(second.body).toEqual(first.body);
      expect(second.body.title).toBe(title);
      expect(second.headers.get('etag')).toBe(etag);
      const list = await t.request('/plans', { token: admin });
      expect(list.body.find((p: { id: number }) => p.id === planId).title).toBe(title);
      expect((await t.request(`/plans/${planId}`, { token: admin, headers: { 'if-none-match': etag ?? '' } })).status).toBe(304);
    } finally {
      await t.sql.query(`UPDATE plans SET title = $2 WHERE id = $1`, [planId, title]);
    }
  });

  it('shows a write in the next read of the plan and of the list', async () => {
    await t.request(`/plans/${planId}`, { token: admin });
    await t.request('/plans', { token: admin });
    const { title, version } = await titleInDatabase();
    const patched = await t.request(`/plans/${planId}`, { method: 'PATCH', token: admin, json: { title: `${title} (relu)`, version } });
    expect(patched.status).toBe(200);
    expect((await t.request(`/plans/${planId}`, { token: admin })).body).toEqual(patched.body);
    const list = await t.request('/plans', { token: admin });
    expect(list.body.find((p: { id: number }) => p.id === planId)).toMatchObject({ title: `${title} (relu)`, version: patched.body.version });
  });

  it('keeps what changed since a day until a write, which the next answer holds', async () => {
    const since = new Date(Date.now() - 86400000).toISOString().slice(0, 10);
    const path = `/plans/${planId}/changes?since=${since}`;
    const first = await t.request(path, { token: admin });
    expect(first.status).toBe(200);
    // An action that did not change since then.
    const changed = first.body.changes.map((c: { actionId: number }) => c.actionId);
    const { rows } = await t.sql.query<{ id: number }>(
      `SELECT id FROM actions WHERE plan_id = $1 AND status <> 'done' AND id <> ALL($2::int[]) ORDER BY id LIMIT 1`,
      [planId, changed],
    );
    const actionId = rows[0].id;
    const action = (await t.request(`/actions/${actionId}`, { token: admin })).body;
    const progress = action.progress === 100 ? 90 : action.progress + 5;
    // Written around the API: no write ended the kept answer.
    await t.sql.query(`UPDATE actions SET progress = $2 WHERE id = $1`, [actionId, progress]);
    expect((await t.request(path, { token: admin })).body).toEqual(first.body);
    await t.sql.query(`UPDATE actions SET progress = $2 WHERE id = $1`, [actionId, action.progress]);
    const update = await t.request(`/actions/${actionId}/updates`, {
      method: 'POST',
      token: admin,
      json: { status: action.status, progress, narrative: 'Avancement relu.', version: action.version },
    });
    expect(update.status).toBe(201);
    const after = await t.request(path, { token: admin });
    expect(after.body.changes.find((c: { actionId: number }) => c.actionId === actionId)).toMatchObject({ after: { progress } });
  });

  it('still answers an unknown plan with the French 404, never kept as an answer', async () => {
    for (let i = 0; i < 2; i++) {
      expect(await t.request('/plans/999999', { token: admin })).toMatchObject({
        status: 404,
        body: { statusCode: 404, message: 'Projet stratégique introuvable.' },
      });
    }
  });
});
