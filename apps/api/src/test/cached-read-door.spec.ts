import { createTestApp, TestApp } from './support/test-app';

const TOKEN = 'jeton-des-metriques-de-la-porte-0123456789';

/** The JSON lines of the app's log, as a deployment reads them. */
class CapturedLog {
  readonly lines: Record<string, unknown>[] = [];
  write(chunk: string): void {
    for (const text of chunk.split('\n').filter(Boolean)) this.lines.push(JSON.parse(text) as Record<string, unknown>);
  }
}

/**
 * The cached-read door (common/cache/cached-read-door.ts): a read the cache has already answered is
 * sent before Express, with the guard's rights and the normal way's headers and access line; any
 * other request goes the normal way.
 */
describe('the cached-read door', () => {
  const log = new CapturedLog();
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ env: { METRICS_TOKEN: TOKEN, LOG_LEVEL: 'info' }, logDestination: log })));
  afterAll(async () => t.close());

  /** How many answers the door gave for a family of the read cache. */
  async function doorAnswers(family: string): Promise<number> {
    const text = (await t.request('/metrics', { headers: { authorization: `Bearer ${TOKEN}` } })).body as string;
    const line = text.split('\n').find((l) => l.startsWith(`boussole_read_door_answers_total{cache="${family}"} `));
    return line ? Number(line.split(' ').pop()) : 0;
  }

  async function accessLine(reqId: string | null): Promise<Record<string, unknown>> {
    for (let i = 0; i < 100; i++) {
      const found = log.lines.find((l) => l.reqId === reqId && typeof l.durationMs === 'number');
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`no access line for ${reqId}`);
  }

  it('replays a computed answer to another person with the right, with the same body, ETag and headers', async () => {
    const admin = await t.login('admin@boussole.test');
    const reader = await t.login('lecture@boussole.test');
    const first = await t.request('/plans/1/rollup', { token: admin });
    expect(first.status).toBe(200);
    const before = await doorAnswers('rollup');

    const replayed = await t.request('/plans/1/rollup', { token: reader, headers: { 'x-request-id': 'porte-1' } });
    expect(await doorAnswers('rollup')).toBe(before + 1);
    expect(replayed.status).toBe(200);
    expect(replayed.body).toEqual(first.body);
    expect(replayed.headers.get('etag')).toBe(first.headers.get('etag'));
    for (const name of ['content-security-policy', 'x-content-type-options', 'strict-transport-security', 'vary', 'content-type']) {
      expect(replayed.headers.get(name)).toBe(first.headers.get(name));
    }
    expect(replayed.headers.get('cache-control')).toBe('no-store');
    expect(replayed.headers.get('x-request-id')).toBe('porte-1');
    expect(await accessLine('porte-1')).toMatchObject({ level: 'info', method: 'GET', route: '/api/plans/:id/rollup', status: 200 });
  });

  it('answers 304 to a client that has the answer, and gzip to one that accepts it', async () => {
    const token = await t.login('direction@boussole.test');
    const first = await t.request('/actions?plan=1&pageSize=5', { token });
    const before = await doorAnswers('actions');
    const etag = first.headers.get('etag') as string;
    const unchanged = await fetch(`${t.base}/actions?plan=1&pageSize=5`, { headers: { authorization: `Bearer ${token}`, 'if-none-match': etag } });
    expect(unchanged.status).toBe(304);
    const gzipped = await fetch(`${t.base}/actions?plan=1&pageSize=5`, { headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip' } });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(gzipped.headers.get('x-total-count')).toBe(first.headers.get('x-total-count'));
    expect(await gzipped.json()).toEqual(first.body);
    expect(await doorAnswers('actions')).toBe(before + 2);
  });

  it('recognises the session cookie as the guard does', async () => {
    const token = await t.login('pf@boussole.test');
    await t.request('/plans/1/rollup', { token });
    const before = await doorAnswers('rollup');
    const response = await t.request('/plans/1/rollup', { headers: { cookie: `boussole_session=${token}` } });
    expect(response.status).toBe(200);
    expect(await doorAnswers('rollup')).toBe(before + 1);
  });

  it('leaves to the normal way a request without a valid session, which answers 401', async () => {
    const token = await t.login('admin@boussole.test');
    await t.request('/plans/1/rollup', { token });
    const before = await doorAnswers('rollup');
    const anonymous = await t.request('/plans/1/rollup');
    const forged = await t.request('/plans/1/rollup', { token: 'x'.repeat(43) });
    const signedOut = await t.login('rh@boussole.test');
    expect((await t.request('/auth/logout', { method: 'POST', token: signedOut })).status).toBeLessThan(300);
    const afterLogout = await t.request('/plans/1/rollup', { token: signedOut });
    for (const response of [anonymous, forged, afterLogout]) {
      expect(response.status).toBe(401);
      expect(response.body.message).toBe('Authentification requise : connectez-vous.');
    }
    expect(await doorAnswers('rollup')).toBe(before);
  });

  it('does not replay an answer that a write has ended: the writer reads its own write', async () => {
    const token = await t.login('pf@boussole.test');
    const { rows } = await t.sql.query(
      `SELECT a.id FROM actions a JOIN units u ON u.id = a.unit_id WHERE u.code = 'PF' AND a.status = 'on_track' ORDER BY a.id LIMIT 1`,
    );
    const action = (await t.request(`/actions/${rows[0].id}`, { token })).body;
    const rollup = `/plans/${action.planId}/rollup`;
    const first = await t.request(rollup, { token });
    const before = await doorAnswers('rollup');
    const update = await t.request(`/actions/${action.id}/updates`, {
      method: 'POST',
      token,
      json: { status: 'late', progress: 3, narrative: 'Retard constaté par le test de la porte.', version: action.version },
    });
    expect(update.status).toBe(201);
    const after = await t.request(rollup, { token });
    expect(after.status).toBe(200);
    expect(after.body.plan.counts.late.count).toBe(first.body.plan.counts.late.count + 1);
    expect(await doorAnswers('rollup')).toBe(before);
    // The new answer, once computed, is the one the door replays.
    const again = await t.request(rollup, { token });
    expect(again.headers.get('etag')).toBe(after.headers.get('etag'));
    expect(await doorAnswers('rollup')).toBe(before + 1);
  });

  it('knows only the exact URLs the routes answered: another URL, even a malformed one, goes the normal way', async () => {
    const token = await t.login('admin@boussole.test');
    const before = await doorAnswers('rollup');
    const asOf = await t.request('/plans/1/rollup?asOf=2026-03-31', { token });
    expect(asOf.status).toBe(200);
    const malformed = await t.request('/plans/1/rollup?asOf=demain', { token });
    expect(malformed.status).toBe(400);
    const again = await t.request('/plans/1/rollup?asOf=demain', { token });
    expect(again.status).toBe(400);
    expect(await doorAnswers('rollup')).toBe(before);
    expect((await t.request('/plans/1/rollup?asOf=2026-03-31', { token })).body).toEqual(asOf.body);
    expect(await doorAnswers('rollup')).toBe(before + 1);
  });
});
