import { DEMO_PASSWORD } from '../database/demo/demo-accounts';
import { createTestApp, TestApp } from './support/test-app';

/** A log line as pino writes it: one JSON object per line. */
type Line = Record<string, unknown> & { level: string; msg: string };

/** The app's JSON log lines, captured where a deployment would read its stdout. */
class CapturedLog {
  readonly lines: Line[] = [];
  readonly raw: string[] = [];

  write(chunk: string): void {
    for (const text of chunk.split('\n').filter(Boolean)) {
      this.raw.push(text);
      this.lines.push(JSON.parse(text) as Line);
    }
  }

  /** The lines of one request, found by the id its answer carried. */
  of(reqId: string | null): Line[] {
    return this.lines.filter((l) => l.reqId === reqId);
  }
}

/**
 * The logs an operations team reads: JSON lines, each line of a request with its reqId, one
 * access line per request, no secret in any of them, and the security events of ASVS V16.
 */
describe('structured logs', () => {
  const log = new CapturedLog();
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ env: { LOG_LEVEL: 'debug' }, logDestination: log })));
  afterAll(async () => t.close());

  /** The access line arrives when the answer is sent, a moment after the client read it. */
  async function accessLine(reqId: string | null): Promise<Line> {
    for (let i = 0; i < 100; i++) {
      const found = log.of(reqId).find((l) => typeof l.durationMs === 'number');
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`no access line for ${reqId}`);
  }

  it('writes Nest’s own start-up lines as JSON too, with their context', () => {
    expect(log.lines.find((l) => l.context === 'NestApplication')).toMatchObject({ level: 'info', msg: expect.any(String) });
    expect(log.lines.every((l) => typeof l.time === 'string' && typeof l.level === 'string')).toBe(true);
  });

  it('keeps a sane X-Request-Id, echoes it, and writes one access line with the route pattern', async () => {
    const token = await t.login('admin@boussole.test');
    const response = await t.request('/plans/1/rollup', { token, headers: { 'x-request-id': 'sonde.42_A-b' } });
    expect(response.headers.get('x-request-id')).toBe('sonde.42_A-b');
    const line = await accessLine('sonde.42_A-b');
    expect(line).toMatchObject({ level: 'info', method: 'GET', route: '/api/plans/:id/rollup', status: response.status });
    expect(line.durationMs).toEqual(expect.any(Number));
    expect(log.of('sonde.42_A-b').filter((l) => typeof l.durationMs === 'number')).toHaveLength(1);
    // The request's lines carry its id, never the whole request (nor its headers) at info.
    for (const other of log.of('sonde.42_A-b')) expect(Object.keys(other)).not.toEqual(expect.arrayContaining(['req']));
  });

  it.each([
    ['too long', 'a'.repeat(65)],
    ['with a forbidden character', 'abc/def'],
    ['with a space', 'abc def'],
  ])('replaces a request id %s with a generated one', async (_, given) => {
    const response = await t.request('/plans', { headers: { 'x-request-id': given } });
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await accessLine(id)).status).toBe(401);
    expect(log.lines.some((l) => l.reqId === given)).toBe(false);
  });

  it('gives an id to every answer, even a body refused before any route', async () => {
    const response = await fetch(`${t.base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email":' });
    expect(response.status).toBe(400);
    const line = await accessLine(response.headers.get('x-request-id'));
    expect(line).toMatchObject({ method: 'POST', status: 400 });
  });

  it('writes the probes’ access lines at debug, and an unknown URL under `unmatched`', async () => {
    const health = await t.request('/health');
    expect((await accessLine(health.headers.get('x-request-id'))).level).toBe('debug');
    const unknown = await t.request('/nowhere/12345');
    expect(unknown.status).toBe(404);
    expect(await accessLine(unknown.headers.get('x-request-id'))).toMatchObject({ route: 'unmatched', status: 404 });
  });

  it('masks the session cookie, bearer tokens and the cookie a sign-in sets, even at debug', async () => {
    const login = await t.request('/auth/login', { method: 'POST', json: { email: 'pf@boussole.test', password: DEMO_PASSWORD } });
    const signIn = await accessLine(login.headers.get('x-request-id'));
    expect(signIn).toMatchObject({ responseHeaders: { 'set-cookie': '[masqué]' } });
    const token = login.body.token as string;
    const read = await t.request('/plans', { headers: { authorization: `Bearer ${token}`, cookie: `boussole_session=${token}` } });
    expect(read.status).toBe(200);
    const line = await accessLine(read.headers.get('x-request-id'));
    expect(line).toMatchObject({ requestHeaders: { authorization: '[masqué]', cookie: '[masqué]' } });
    expect(log.raw.some((l) => l.includes(token))).toBe(false);
  });

  it('logs a failed sign-in at warn with the IP, the user agent and the request id', async () => {
    const response = await t.request('/auth/login', {
      method: 'POST',
      headers: { 'user-agent': 'sonde-journaux/1.0' },
      json: { email: 'direction@boussole.test', password: 'pas-le-bon-mot-de-passe' },
    });
    expect(response.status).toBe(401);
    const reqId = response.headers.get('x-request-id');
    await accessLine(reqId);
    const event = log.of(reqId).find((l) => l.event);
    expect(event).toMatchObject({
      level: 'warn',
      event: 'auth.login_failed',
      ip: expect.stringMatching(/127\.0\.0\.1$/),
      userAgent: 'sonde-journaux/1.0',
      method: 'POST',
      route: '/api/auth/login',
    });
    expect(log.raw.some((l) => l.includes('pas-le-bon-mot-de-passe'))).toBe(false);
  });

  it('logs every 401 and 403 with the user when known, and a refused origin as its own event', async () => {
    const anonymous = await t.request('/plans');
    expect(anonymous.status).toBe(401);
    await accessLine(anonymous.headers.get('x-request-id'));
    expect(log.of(anonymous.headers.get('x-request-id')).find((l) => l.event)).toMatchObject({ event: 'http.401', route: '/api/plans' });

    const reader = await t.login('lecture@boussole.test');
    const { rows } = await t.sql.query(`SELECT id FROM users WHERE email = 'lecture@boussole.test'`);
    const refused = await t.request('/plans', { method: 'POST', token: reader, json: { title: 'Non', startYear: 2028, endYear: 2030 } });
    expect(refused.status).toBe(403);
    await accessLine(refused.headers.get('x-request-id'));
    expect(log.of(refused.headers.get('x-request-id')).find((l) => l.event)).toMatchObject({
      level: 'warn',
      event: 'http.403',
      userId: rows[0].id,
      method: 'POST',
      route: '/api/plans',
    });

    const foreign = await t.request('/auth/logout', {
      method: 'POST',
      headers: { cookie: `boussole_session=${reader}`, origin: 'https://ailleurs.example' },
    });
    expect(foreign.status).toBe(403);
    await accessLine(foreign.headers.get('x-request-id'));
    expect(log.of(foreign.headers.get('x-request-id')).find((l) => l.event)).toMatchObject({ event: 'origin.refused', userId: rows[0].id });
  });

  // Last: the sign-in throttling may then hold this IP back for a while.
  it('logs a throttled sign-in as a 429', async () => {
    let throttled: string | null = null;
    for (let attempt = 0; attempt < 40 && !throttled; attempt++) {
      const response = await t.request('/auth/login', { method: 'POST', json: { email: 'inconnu@boussole.test', password: 'mauvais-essai' } });
      if (response.status === 429) throttled = response.headers.get('x-request-id');
    }
    expect(throttled).not.toBeNull();
    await accessLine(throttled);
    expect(log.of(throttled).find((l) => l.event)).toMatchObject({ level: 'warn', event: 'http.429', route: '/api/auth/login' });
  });
});
