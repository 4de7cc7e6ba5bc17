import { createTestApp, TestApp } from './support/test-app';

/**
 * Sign-in throttling (issue 13): atomic, in PostgreSQL, per account and IP pair, per account, per IP.
 * The test server trusts the loopback's X-Forwarded-For, which lets one test speak from several IPs.
 */
describe('sign-in throttling (POST /api/auth/login)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(async () => t.close());

  const PASSWORD = 'Boussole-Demo-2025';
  const attempt = (email: string, password: string, ip: string) =>
    t.request('/auth/login', { method: 'POST', json: { email, password }, headers: { 'x-forwarded-for': ip } });
  /** The attempts that reached the password check and failed: each leaves an audit row. */
  const checkedFailures = async (email: string) =>
    Number((await t.sql.query(`SELECT count(*) AS n FROM audit_events WHERE verb = 'auth.login_failed' AND entity_id = $1`, [email])).rows[0].n);

  it('lets at most 5 of 30 parallel wrong attempts reach the password check; the others are 429 with Retry-After', async () => {
    const email = 'direction@boussole.test';
    const responses = await Promise.all(Array.from({ length: 30 }, (_, i) => attempt(email, `faux-${i}`, '10.1.0.1')));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(25);
    expect(await checkedFailures(email)).toBe(5);
    const [refused] = responses.filter((r) => r.status === 429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.body).toMatchObject({ statusCode: 429, error: 'Trop de requêtes' });
    expect(refused.body.message).toMatch(/^Trop de tentatives de connexion : réessayez dans \d+ secondes?\.$/);

    // Even the right password waits for the block to end from that IP…
    const blocked = await attempt(email, PASSWORD, '10.1.0.1');
    expect(blocked.status).toBe(429);
    expect(await checkedFailures(email)).toBe(5);
    // …but the person signing in from elsewhere is not locked out by a stranger's failures.
    expect((await attempt(email, PASSWORD, '10.1.0.2')).status).toBe(200);

    // Once the block is over, the right password works from the first IP too.
    await new Promise((r) => setTimeout(r, Number(blocked.headers.get('retry-after')) * 1000 + 200));
    expect((await attempt(email, PASSWORD, '10.1.0.1')).status).toBe(200);
  });

  it('grows the pair’s block with each further failure', async () => {
    const email = 'pilote@boussole.test';
    for (let i = 0; i < 5; i++) expect((await attempt(email, `faux-${i}`, '10.2.0.1')).status).toBe(401);
    const [first] = (await t.sql.query(`SELECT blocked_until - now() > interval '1 second' AS long FROM login_throttle WHERE key = $1`, [`pair:${email}|10.2.0.1`])).rows;
    expect(first.long).toBe(true);
    // The 6th failure (after the block) blocks twice as long: simulated by ending the block in the database.
    await t.sql.query(`UPDATE login_throttle SET blocked_until = now() WHERE key = $1`, [`pair:${email}|10.2.0.1`]);
    expect((await attempt(email, 'faux-5', '10.2.0.1')).status).toBe(401);
    const [second] = (await t.sql.query(`SELECT extract(epoch FROM blocked_until - now()) AS s FROM login_throttle WHERE key = $1`, [`pair:${email}|10.2.0.1`])).rows;
    expect(Number(second.s)).toBeGreaterThan(2);
    expect(Number(second.s)).toBeLessThanOrEqual(4);
  });

  it('blocks the account from every IP, briefly, only after 50 failures', async () => {
    const email = 'region-ara@boussole.test';
    // 50 failures from 13 IPs (at most 4 each: none of them is blocked on its own).
    for (let batch = 0; batch < 13; batch++) {
      const count = Math.min(4, 50 - batch * 4);
      const statuses = await Promise.all(Array.from({ length: count }, (_, i) => attempt(email, `faux-${i}`, `10.3.0.${batch + 1}`).then((r) => r.status)));
      expect(statuses).toEqual(Array(count).fill(401));
    }
    const fresh = await attempt(email, PASSWORD, '10.3.1.1');
    expect(fresh.status).toBe(429);
    expect(Number(fresh.headers.get('retry-after'))).toBeLessThanOrEqual(60);
  });

  it('refuses an IP after 100 failures in an hour, whatever the accounts, saying in minutes when to retry', async () => {
    for (let batch = 0; batch < 10; batch++) {
      const statuses = await Promise.all(
        Array.from({ length: 10 }, (_, i) => attempt(`inconnu-${batch}-${i}@exemple.fr`, 'faux', '10.4.0.1').then((r) => r.status)),
      );
      expect(statuses).toEqual(Array(10).fill(401));
    }
    const refused = await attempt('direction@boussole.test', PASSWORD, '10.4.0.1');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(60);
    expect(refused.body.message).toMatch(/réessayez dans \d+ minutes?\./);
    // Another IP is not concerned.
    expect((await attempt('direction@boussole.test', PASSWORD, '10.4.0.2')).status).toBe(200);
  });
});
