import { createTestApp, TestApp } from './support/test-app';

/** The write limit (issue 13): WRITE_RATE_LIMIT_SESSION / _IP writes a minute, counted in PostgreSQL (in batches far from the limit, issue 14). */
describe('write rate limit (non-GET, per session and per IP)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ env: { WRITE_RATE_LIMIT_SESSION: '5', WRITE_RATE_LIMIT_IP: '20' } })));
  afterAll(async () => t.close());

  const settings = (token: string, ip: string, reminders: boolean) =>
    t.request('/auth/me', { method: 'PATCH', token, json: { reminders }, headers: { 'x-forwarded-for': ip } });

  it('refuses the 6th write in a minute for that session (429, Retry-After, French), not another session’s', async () => {
    const token = await t.login('pf@boussole.test');
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await settings(token, '10.5.0.1', i % 2 === 0)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    const refused = await settings(token, '10.5.0.2', false);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(refused.body.message).toMatch(/^Trop d’écritures en peu de temps : réessayez dans \d+ (secondes?|minute)\.$/);
    // The refused write did not happen.
    expect((await t.request('/auth/me', { token })).body.reminders).toBe(true);
    // Reads are not limited.
    expect((await t.request('/plans', { token })).status).toBe(200);

    const other = await t.login('rh@boussole.test');
    expect((await settings(other, '10.5.0.1', true)).status).toBe(200);
  });

  it('counts every write of an IP, signed in or not, across sessions', async () => {
    const tokens = await Promise.all(['q@boussole.test', 'n@boussole.test', 'r@boussole.test', 'dns@boussole.test', 'direction@boussole.test'].map((e) => t.login(e)));
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await settings(tokens[i % 5], '10.6.0.1', true)).status);
    expect(statuses).toEqual(Array(20).fill(200));
    expect((await settings(tokens[0], '10.6.0.1', false)).status).toBe(429);
    const login = await t.request('/auth/login', {
      method: 'POST',
      json: { email: 'admin@boussole.test', password: 'Boussole-Demo-2025' },
      headers: { 'x-forwarded-for': '10.6.0.1' },
    });
    expect(login.status).toBe(429);
    // From another IP, a session under its own limit writes.
    expect((await settings(tokens[1], '10.6.0.2', false)).status).toBe(200);
  });

  it('counts a key far from its limit in memory, and adds it to PostgreSQL within about a second', async () => {
    const b = await createTestApp({ shareWith: t, env: { WRITE_RATE_LIMIT_SESSION: '1000', WRITE_RATE_LIMIT_IP: '1000' } });
    try {
      const token = await t.login('rh@boussole.test');
      const write = () => b.request('/auth/me', { method: 'PATCH', token, json: { reminders: true }, headers: { 'x-forwarded-for': '10.8.0.1' } });
      const points = async () => (await t.sql.query(`SELECT points FROM write_rate WHERE key = 'ip:10.8.0.1'`)).rows[0]?.points ?? 0;
      // The first write of a key unknown to the replica is counted in PostgreSQL before it runs.
      expect((await write()).status).toBe(200);
      expect(await points()).toBe(1);
      for (let i = 0; i < 9; i++) expect((await write()).status).toBe(200);
      let counted = await points();
      for (let tries = 0; counted < 10 && tries < 50; tries++) {
        await new Promise((r) => setTimeout(r, 100));
        counted = await points();
      }
      expect(counted).toBe(10);
    } finally {
      await b.close();
    }
  });

  it('counts on the database, so a second replica refuses what the first one counted', async () => {
    const b = await createTestApp({ shareWith: t, env: { WRITE_RATE_LIMIT_SESSION: '5', WRITE_RATE_LIMIT_IP: '20' } });
    try {
      const token = await t.login('ars-idf@boussole.test');
      for (let i = 0; i < 5; i++) expect((await settings(token, '10.7.0.1', true)).status).toBe(200);
      const onB = await b.request('/auth/me', { method: 'PATCH', token, json: { reminders: true }, headers: { 'x-forwarded-for': '10.7.0.2' } });
      expect(onB.status).toBe(429);
    } finally {
      await b.close();
    }
  });
});
