import { ConfigError, loadConfig } from '../config/app-config';
import { createTestApp, TestApp } from './support/test-app';

const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';

async function loginWith(t: TestApp, email: string, userAgent: string): Promise<string> {
  const response = await t.request('/auth/login', {
    method: 'POST',
    json: { email, password: 'Boussole-Demo-2025' },
    headers: { 'user-agent': userAgent },
  });
  expect(response.status).toBe(200);
  return response.body.token;
}

describe('own sessions (GET /api/auth/sessions, DELETE /api/auth/sessions/:id)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(async () => t.close());

  it('lists one’s own sessions only, with their browser and the current one first', async () => {
    const laptop = await loginWith(t, 'rh@boussole.test', CHROME);
    const desktop = await loginWith(t, 'rh@boussole.test', FIREFOX);
    await loginWith(t, 'r@boussole.test', CHROME);
    const response = await t.request('/auth/sessions', { token: desktop, headers: { 'user-agent': FIREFOX } });
    expect(response.status).toBe(200);
    expect(response.body).toHaveLength(2);
    expect(response.body[0]).toMatchObject({ browser: 'Firefox 133 sur Windows 10', current: true });
    expect(response.body[1]).toMatchObject({ browser: 'Chrome 131 sur Linux', current: false });
    for (const session of response.body) {
      expect(Object.keys(session).sort()).toEqual(['browser', 'createdAt', 'current', 'expiresAt', 'id', 'lastSeenAt']);
      expect(Date.parse(session.expiresAt)).toBeGreaterThan(Date.now());
    }
    expect(JSON.stringify(response.body)).not.toContain(laptop);
  });

  it('ends another of one’s sessions, audited', async () => {
    const phone = await loginWith(t, 'q@boussole.test', CHROME);
    const mine = await loginWith(t, 'q@boussole.test', FIREFOX);
    const other = (await t.request('/auth/sessions', { token: mine })).body.find((s: { current: boolean }) => !s.current);
    const response = await t.request(`/auth/sessions/${other.id}`, { method: 'DELETE', token: mine });
    expect(response.status).toBe(204);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect((await t.request('/auth/me', { token: phone })).status).toBe(401);
    expect((await t.request('/auth/me', { token: mine })).status).toBe(200);
    const audit = (await t.sql.query(`SELECT entity_id FROM audit_events WHERE verb = 'session.end' AND entity_id = $1`, [other.id])).rows;
    expect(audit).toHaveLength(1);
  });

  it('answers 404 for another user’s session, which stays open', async () => {
    const victim = await loginWith(t, 'n@boussole.test', CHROME);
    const [victimSession] = (await t.request('/auth/sessions', { token: victim })).body;
    const intruder = await t.login('dns@boussole.test');
    const response = await t.request(`/auth/sessions/${victimSession.id}`, { method: 'DELETE', token: intruder });
    expect(response.status).toBe(404);
    expect(response.body.message).toBe('Session introuvable.');
    expect((await t.request('/auth/me', { token: victim })).status).toBe(200);
    // Even an admin ends only their own sessions here.
    expect((await t.request(`/auth/sessions/${victimSession.id}`, { method: 'DELETE', token: await t.login('admin@boussole.test') })).status).toBe(404);
    expect((await t.request('/auth/sessions/abc', { method: 'DELETE', token: intruder })).status).toBe(404);
  });

  it('ends the current session and clears its cookie', async () => {
    const token = await t.login('ars-idf@boussole.test');
    const [current] = (await t.request('/auth/sessions', { token })).body;
    const response = await t.request(`/auth/sessions/${current.id}`, { method: 'DELETE', token });
    expect(response.status).toBe(204);
    expect(response.headers.get('set-cookie')).toMatch(/^boussole_session=;/);
    expect((await t.request('/auth/me', { token })).status).toBe(401);
  });
});

describe('the absolute lifetime of a session (SESSION_MAX_DAYS)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ env: { SESSION_MAX_DAYS: '2' } })));
  afterAll(async () => t.close());

  const age = (token: string, sql: string) =>
    t.sql.query(`UPDATE sessions SET ${sql} WHERE id = (SELECT max(id) FROM sessions WHERE user_id = (SELECT id FROM users WHERE email = $1))`, [token]);

  it('refuses a session older than its absolute lifetime, even one used a minute ago', async () => {
    const token = await t.login('lecture@boussole.test');
    // Used constantly: seen a minute ago, idle expiry still ahead; but opened 3 days ago.
    await age('lecture@boussole.test', `created_at = now() - interval '3 days', last_seen_at = now() - interval '1 minute', expires_at = now() + interval '11 hours'`);
    const response = await t.request('/auth/me', { token });
    expect(response.status).toBe(401);
  });

  it('never slides a session’s end past its opening plus the absolute lifetime', async () => {
    const token = await t.login('direction@boussole.test');
    // Opened nearly two days ago, last renewed ten minutes ago: a renewal of 12 hours would overrun.
    await age('direction@boussole.test', `created_at = now() - interval '47 hours', last_seen_at = now() - interval '10 minutes'`);
    expect((await t.request('/auth/me', { token })).status).toBe(200);
    const [row] = (await t.sql.query(
      `SELECT extract(epoch FROM expires_at - created_at) / 3600 AS hours, expires_at > now() AS alive
         FROM sessions WHERE id = (SELECT max(id) FROM sessions WHERE user_id = (SELECT id FROM users WHERE email = 'direction@boussole.test'))`,
    )).rows;
    expect(row.alive).toBe(true);
    expect(Number(row.hours)).toBeLessThanOrEqual(48);
    expect(Number(row.hours)).toBeGreaterThan(47);
    const [listed] = (await t.request('/auth/sessions', { token })).body;
    expect(Date.parse(listed.expiresAt) - Date.parse(listed.createdAt)).toBeLessThanOrEqual(48 * 3600 * 1000);
  });

  it('is validated at start with a French message', () => {
    expect(loadConfig({}).sessionMaxDays).toBe(7);
    expect(loadConfig({ SESSION_MAX_DAYS: '30' }).sessionMaxDays).toBe(30);
    for (const value of ['0', '-1', 'sept', '1000']) {
      expect(() => loadConfig({ SESSION_MAX_DAYS: value })).toThrow(ConfigError);
    }
    expect(() => loadConfig({ SESSION_MAX_DAYS: 'sept' })).toThrow(/^SESSION_MAX_DAYS doit être un nombre de jours/);
  });
});
