import { ReadCache } from '../common/cache/read-cache.service';
import { ConfigError, loadConfig } from '../config/app-config';
import { MetricsService } from '../metrics/metrics.service';
import { createTestApp, TestApp } from './support/test-app';

const TOKEN = 'jeton-des-metriques-de-test-0123456789';

/** The value of one sample of the text exposition, e.g. `value(text, 'x_total{cache="rollup"}')`; 0 when absent. */
function value(text: string, sample: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${sample} `));
  return line ? Number(line.slice(sample.length + 1)) : 0;
}

/** Prometheus metrics at /api/metrics: behind METRICS_TOKEN, by route pattern, one registry per app. */
describe('metrics', () => {
  let t: TestApp;
  /** A second replica on the same database, without METRICS_TOKEN. */
  let bare: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { METRICS_TOKEN: TOKEN } });
    bare = await createTestApp({ shareWith: t });
  });
  afterAll(async () => {
    await bare.close();
    await t.close();
  });

  async function scrape(): Promise<string> {
    const response = await t.request('/metrics', { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain;.*version=0\.0\.4/);
    return response.body as string;
  }

  it('answers 404 in French while METRICS_TOKEN is not configured', async () => {
    const response = await bare.request('/metrics', { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(404);
    expect(response.body.message).toBe('Métriques désactivées : définissez METRICS_TOKEN.');
  });

  it.each([
    ['no authorization', undefined],
    ['a wrong token', `Bearer ${TOKEN}x`],
    ['a prefix of the token', `Bearer ${TOKEN.slice(0, 10)}`],
    ['the token without Bearer', TOKEN],
  ])('refuses %s with a 401', async (_, authorization) => {
    const response = await t.request('/metrics', { headers: authorization ? { authorization } : {} });
    expect(response.status).toBe(401);
    expect(response.body.message).toMatch(/METRICS_TOKEN/);
  });

  it('does not take a session token for the metrics token', async () => {
    const session = await t.login('admin@boussole.test');
    expect((await t.request('/metrics', { token: session })).status).toBe(401);
  });

  it('times requests by method, route pattern and status, never by raw URL', async () => {
    const token = await t.login('lecture@boussole.test');
    const before = await scrape();
    const sample = 'boussole_http_request_duration_seconds_count{method="GET",route="/api/plans/:id/rollup",status="200"}';
    for (const id of [1, 2]) expect((await t.request(`/plans/${id}/rollup`, { token })).status).toBe(200);
    expect((await t.request('/nulle-part/42')).status).toBe(404);
    const after = await scrape();
    expect(value(after, sample) - value(before, sample)).toBe(2);
    expect(value(after, 'boussole_http_request_duration_seconds_count{method="GET",route="unmatched",status="404"}')).toBeGreaterThanOrEqual(1);
    expect(after).not.toMatch(/route="\/api\/plans\/\d/);
    expect(after).not.toContain('nulle-part');
  });

  it('counts roll-up computations and the read cache’s hits and misses', async () => {
    const token = await t.login('direction@boussole.test');
    t.app.get(ReadCache).invalidate();
    const before = await scrape();
    // no-cache: the first read is owed a computation (not the previous answer), the next two are hits.
    for (let i = 0; i < 3; i++) expect((await t.request('/plans/1/rollup', { token, headers: { 'cache-control': 'no-cache' } })).status).toBe(200);
    const after = await scrape();
    const delta = (sample: string) => value(after, sample) - value(before, sample);
    expect(delta('boussole_rollup_computations_total')).toBe(1);
    expect(delta('boussole_rollup_computation_duration_seconds_count')).toBe(1);
    expect(delta('boussole_read_cache_misses_total{cache="rollup"}')).toBe(1);
    expect(delta('boussole_read_cache_hits_total{cache="rollup"}')).toBe(2);
  });

  it('reports the database pool, the event-stream clients and the process', async () => {
    const text = await scrape();
    expect(value(text, 'boussole_db_pool_connections')).toBeGreaterThanOrEqual(1);
    expect(text).toMatch(/^boussole_db_pool_idle_connections \d+$/m);
    expect(text).toMatch(/^boussole_db_pool_waiting_requests \d+$/m);
    expect(text).toMatch(/^boussole_event_stream_clients \d+$/m);
    expect(value(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(text).toContain('nodejs_eventloop_lag_seconds');
  });

  it('counts the clients of /api/events while their stream is open', async () => {
    const token = await t.login('pf@boussole.test');
    const before = value(await scrape(), 'boussole_event_stream_clients');
    const stream = new AbortController();
    const response = await fetch(`${t.base}/events`, { headers: { authorization: `Bearer ${token}` }, signal: stream.signal });
    expect(response.status).toBe(200);
    expect(value(await scrape(), 'boussole_event_stream_clients')).toBe(before + 1);
    stream.abort();
    await response.body?.cancel().catch(() => undefined);
    let now = before + 1;
    for (let i = 0; i < 100 && now !== before; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      now = value(await scrape(), 'boussole_event_stream_clients');
    }
    expect(now).toBe(before);
  });

  it('keeps a registry per app: one replica’s requests are not counted in another’s', async () => {
    expect(bare.app.get(MetricsService).registry).not.toBe(t.app.get(MetricsService).registry);
    const token = await bare.login('admin@boussole.test');
    for (let i = 0; i < 3; i++) expect((await bare.request('/units', { token })).status).toBe(200);
    expect(await scrape()).not.toContain('route="/api/units"');
    const own = await bare.app.get(MetricsService).registry.metrics();
    expect(value(own, 'boussole_http_request_duration_seconds_count{method="GET",route="/api/units",status="200"}')).toBe(3);
  });

  it('refuses a guessable METRICS_TOKEN or an unknown LOG_LEVEL at start, in French', () => {
    expect(() => loadConfig({ METRICS_TOKEN: 'court' })).toThrow(ConfigError);
    expect(() => loadConfig({ METRICS_TOKEN: 'seize caractères mais un espace' })).toThrow(/METRICS_TOKEN doit compter au moins 16 caractères/);
    expect(() => loadConfig({ LOG_LEVEL: 'verbeux' })).toThrow(/LOG_LEVEL doit valoir/);
    expect(loadConfig({ LOG_LEVEL: 'silent', METRICS_TOKEN: TOKEN })).toMatchObject({ logLevel: 'silent', metricsToken: TOKEN });
    expect(loadConfig({})).toMatchObject({ logLevel: 'info', metricsToken: null });
  });
});
