import { filter, firstValueFrom } from 'rxjs';
import { FRESHNESS_BOUND_MS, ReadCache, type Reader } from '../common/cache/read-cache.service';
import { EventsService } from '../events/events.service';
import { MetricsService } from '../metrics/metrics.service';
import { createTestApp, TestApp, TestResponse } from './support/test-app';

/**
 * Stale while revalidate in the read cache: after a write, another session gets the previous
 * answer at once while one recomputation runs; the writer, a `no-cache` request and a reader past
 * FRESHNESS_BOUND_MS get figures that hold the write.
 */
describe('the read cache under writes', () => {
  let t: TestApp;
  let planId: number;
  /** The writer: PF's project manager. */
  let pf: string;
  /** Other sessions, which only read. */
  let reader: string;
  let other: string;
  let action: { id: number; axis_id: number };
  /** Each write gives the action another progress, so each one changes the axis's figures. */
  let progress = 50;

  beforeAll(async () => {
    t = await createTestApp();
    planId = (await t.sql.query(`SELECT id FROM plans WHERE state = 'active'`)).rows[0].id;
    pf = await t.login('pf@boussole.test');
    reader = await t.login('direction@boussole.test');
    other = await t.login('lecture@boussole.test');
    [action] = (await t.sql.query(
      `SELECT a.id, a.axis_id FROM actions a JOIN units u ON u.id = a.unit_id
        WHERE u.code = 'PF' AND a.status = 'on_track' AND a.plan_id = $1 ORDER BY a.weight DESC LIMIT 1`,
      [planId],
    )).rows;
  });
  afterAll(async () => t.close());
  afterEach(() => jest.restoreAllMocks());

  /** The clock stands still: however slow the machine, the previous answer stays within the bound. */
  function stopTheClock(): void {
    const now = Date.now();
    jest.spyOn(Date, 'now').mockReturnValue(now);
  }

  const rollup = (token: string, headers: Record<string, string> = {}) => t.request(`/plans/${planId}/rollup`, { token, headers });
  const axisProgress = (response: TestResponse): number => response.body.axes.find((a: { id: number }) => a.id === action.axis_id).progress;

  /**
   * A status update by PF, committed, and its NOTIFY heard back (it too ends the cache's
   * generation: once heard, no later end of generation comes from this write); returns the progress written.
   */
  async function write(): Promise<number> {
    progress = progress >= 90 ? 50 : progress + 10;
    const version = (await t.request(`/actions/${action.id}`, { token: pf })).body.version;
    const heard = firstValueFrom(t.app.get(EventsService).stream().pipe(filter((e) => 'actionId' in e && e.actionId === action.id)));
    const posted = await t.request(`/actions/${action.id}/updates`, { method: 'POST', token: pf, json: { status: 'on_track', progress, narrative: 'Point d’étape.', version } });
    expect({ status: posted.status, body: posted.body }).toMatchObject({ status: 201 });
    await heard;
    return progress;
  }

  /** A cached roll-up, read by every session, so that each one has seen it. */
  async function settledRollup(): Promise<TestResponse> {
    const fresh = await rollup(other, { 'cache-control': 'no-cache' });
    expect({ status: fresh.status, body: fresh.body }).toMatchObject({ status: 200 });
    return fresh;
  }

  async function rollupCount(name: string): Promise<number> {
    const metric = await t.app.get(MetricsService).registry.getSingleMetric(name)?.get();
    return metric?.values.find((v) => v.labels.cache === 'rollup')?.value ?? 0;
  }
  const staleCount = () => rollupCount('boussole_read_cache_stale_total');
  const doorCount = () => rollupCount('boussole_read_door_answers_total');

  it('gives another session the previous answer while one recomputation runs, then the new one', async () => {
    const before = await settledRollup();
    const staleBefore = await staleCount();
    const doorBefore = await doorCount();
    stopTheClock();
    await write();
    const right = await rollup(reader);
    expect(right.status).toBe(200);
    expect(right.headers.get('etag')).toBe(before.headers.get('etag'));
    expect(await staleCount()).toBe(staleBefore + 1);
    // Served by the cached-read door, before Express, as a current answer would be.
    expect(await doorCount()).toBe(doorBefore + 1);
    // The recomputation that read started replaces the answer when done: the same session, not
    // asking for fresh figures, then gets the new one (read again until it does, at most 5 s).
    let later = right;
    for (let i = 0; i < 250 && later.headers.get('etag') === before.headers.get('etag'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      later = await rollup(reader);
    }
    expect(later.headers.get('etag')).not.toBe(before.headers.get('etag'));
    expect(axisProgress(later)).not.toBe(axisProgress(before));
  });

  it('gives the writer’s own session figures that hold its write at once', async () => {
    const before = await settledRollup();
    await rollup(pf);
    await write();
    const own = await rollup(pf);
    expect(own.headers.get('etag')).not.toBe(before.headers.get('etag'));
    expect(axisProgress(own)).not.toBe(axisProgress(before));
    // The action list is owed the same: the writer's page shows its new progress.
    const page = await t.request(`/actions?plan=${planId}&unit=PF&pageSize=200`, { token: pf });
    expect(page.body.find((a: { id: number }) => a.id === action.id).progress).toBe(progress);
  });

  it('gives a no-cache request (a live screen refetching after an event) the new answer at once', async () => {
    const before = await settledRollup();
    await write();
    const fresh = await rollup(reader, { 'cache-control': 'no-cache' });
    expect(fresh.headers.get('etag')).not.toBe(before.headers.get('etag'));
    expect(axisProgress(fresh)).not.toBe(axisProgress(before));
    // Pragma, as HTTP/1.0 caches say it, is heard too.
    await write();
    const pragma = await rollup(other, { pragma: 'no-cache' });
    expect(pragma.headers.get('etag')).not.toBe(fresh.headers.get('etag'));
  });

  it('makes a reader wait for the recomputation once the previous answer is older than the bound', async () => {
    const before = await settledRollup();
    await write();
    // The clock moves past the bound (no sleeping): the previous answer is no longer served.
    const now = Date.now.bind(Date);
    jest.spyOn(Date, 'now').mockImplementation(() => now() + FRESHNESS_BOUND_MS + 1);
    const staleBefore = await staleCount();
    const late = await rollup(reader);
    expect(late.headers.get('etag')).not.toBe(before.headers.get('etag'));
    expect(axisProgress(late)).not.toBe(axisProgress(before));
    expect(await staleCount()).toBe(staleBefore);
  });

  it('does not lose a write that lands during a recomputation: the next answer has it', async () => {
    const cache = t.app.get(ReadCache);
    const key = `probe:${action.id}`;
    const someone: Reader = { headers: {}, user: { sessionId: 'un-lecteur' } };
    const read = async () => (await t.sql.query(`SELECT progress FROM actions WHERE id = $1`, [action.id])).rows[0].progress as number;
    stopTheClock();
    const first = await write();
    expect(JSON.parse((await cache.answer(key, async () => ({ body: await read() }), someone)).body.toString())).toBe(first);

    // A recomputation reads the database, then a write commits before it is done.
    await write();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const reading = new Promise<void>((resolve) => (started = resolve));
    const computing = cache.answer(key, async () => {
      const value = await read();
      started();
      await gate;
      return { body: value };
    }, { headers: { 'cache-control': 'no-cache' } });
    await reading;
    const landed = await write();
    release();
    const during = JSON.parse((await computing).body.toString());
    expect(during).not.toBe(landed);

    // That answer is kept only as the previous one: the next reader starts another computation,
    // and a reader owed fresh figures gets the write that landed.
    let computations = 0;
    const compute = async () => {
      computations += 1;
      return { body: await read() };
    };
    expect(JSON.parse((await cache.answer(key, compute, someone)).body.toString())).toBe(during);
    expect(JSON.parse((await cache.answer(key, compute, { headers: { 'cache-control': 'no-cache' } })).body.toString())).toBe(landed);
    expect(computations).toBe(1);
  });
});
