import { createTestApp, TestApp } from './support/test-app';

/** Two API processes on one database (DESIGN §6 scale-out): sessions, cached reads and events stay in step. */
describe('replicas behind a load balancer', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await createTestApp();
    b = await createTestApp({ shareWith: a });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('share sessions, and a write through one is seen at once by the other’s cached roll-up', async () => {
    const token = await a.login('pf@boussole.test');
    const planId = (await a.sql.query(`SELECT id FROM plans WHERE state = 'active'`)).rows[0].id;
    const [action] = (await a.sql.query(
      `SELECT a.id, a.axis_id FROM actions a JOIN units u ON u.id = a.unit_id WHERE u.code = 'PF' AND a.status = 'on_track' ORDER BY a.id LIMIT 1`,
    )).rows;
    const before = await b.request(`/plans/${planId}/rollup`, { token });
    expect(before.status).toBe(200);
    const cachedAgain = await b.request(`/plans/${planId}/rollup`, { token, headers: { 'if-none-match': before.headers.get('etag') ?? '' } });
    expect(cachedAgain.status).toBe(304);

    const version = (await a.request(`/actions/${action.id}`, { token })).body.version;
    const posted = await a.request(`/actions/${action.id}/updates`, { method: 'POST', token, json: { status: 'on_track', progress: 100 - 1, narrative: 'Réplique A.', version } });
    expect(posted.status).toBe(201);

    // The other replica hears of the write through PostgreSQL NOTIFY.
    let after = before;
    for (let i = 0; i < 50 && after.headers.get('etag') === before.headers.get('etag'); i++) {
      await new Promise((r) => setTimeout(r, 20));
      after = await b.request(`/plans/${planId}/rollup`, { token });
    }
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
    const explained = await b.request(`/plans/${planId}/rollup/explain?node=axis:${action.axis_id}&pageSize=200`, { token });
    const counted = explained.body.counted.find((c: { actionId: number }) => c.actionId === action.id);
    expect(counted.progress).toBe(99);
  });
});

describe('signing out behind a load balancer', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await createTestApp();
    b = await createTestApp({ shareWith: a });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('ends the session on every replica at once', async () => {
    const token = await a.login('lecture@boussole.test');
    expect((await b.request('/auth/me', { token })).status).toBe(200);
    expect((await a.request('/auth/logout', { method: 'POST', token })).status).toBe(204);
    let status = 200;
    for (let i = 0; i < 50 && status === 200; i++) {
      await new Promise((r) => setTimeout(r, 20));
      status = (await b.request('/auth/me', { token })).status;
    }
    expect(status).toBe(401);
  });
});
