import { createTestApp, TestApp } from './support/test-app';

/** GET /api/actions (filters, sort, pagination), GET /api/actions/:id, GET /api/users/me/actions. */
describe('actions API', () => {
  let t: TestApp;
  let token: string;
  let planId: number;
  beforeAll(async () => {
    t = await createTestApp();
    token = await t.login('lecture@boussole.test');
    planId = (await t.sql.query(`SELECT id FROM plans WHERE state = 'active'`)).rows[0].id;
  });
  afterAll(async () => t.close());

  const list = (query: string) => t.request(`/actions?${query}`, { token });
  const count = async (where: string, params: unknown[] = []) =>
    (await t.sql.query(`SELECT count(*)::int AS n FROM actions a JOIN units u ON u.id = a.unit_id WHERE ${where}`, params)).rows[0].n as number;

  it('lists a plan’s actions by code, 50 a page, with X-Total-Count', async () => {
    const response = await list(`plan=${planId}`);
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('x-total-count'))).toBe(await count('a.plan_id = $1', [planId]));
    expect(response.body).toHaveLength(50);
    expect(response.body.slice(0, 3).map((a: { code: string }) => a.code)).toEqual(['1.1.1', '1.1.2', '1.1.3']);
    expect(response.body[0]).toEqual(expect.objectContaining({
      planId, unit: expect.objectContaining({ code: expect.any(String) }), effectiveStatus: expect.any(String),
      signals: expect.any(Array), version: expect.any(Number), axisNumber: 1, objectiveCode: '1.1',
    }));
    const page2 = await list(`plan=${planId}&page=2&pageSize=50`);
    expect(page2.body.length).toBe(Number(response.headers.get('x-total-count')) - 50);
    const beyond = await list(`plan=${planId}&page=9`);
    expect(beyond.body).toEqual([]);
    expect(beyond.headers.get('x-total-count')).toBe(response.headers.get('x-total-count'));
  });

  it('filters by axis, objective, unit, region and text, accents ignored', async () => {
    const axis = (await t.sql.query(`SELECT id FROM axes WHERE plan_id = $1 AND number = 3`, [planId])).rows[0].id;
    const byAxis = await list(`axis=${axis}&pageSize=200`);
    expect(byAxis.body.length).toBe(await count('a.axis_id = $1', [axis]));
    expect(byAxis.body.every((a: { axisId: number }) => a.axisId === axis)).toBe(true);
    const objective = byAxis.body[0].objectiveId;
    expect((await list(`objective=${objective}&pageSize=200`)).body.every((a: { objectiveId: number }) => a.objectiveId === objective)).toBe(true);
    const rh = await list(`unit=RH&pageSize=200`);
    expect(rh.body.length).toBe(await count(`u.code = 'RH'`));
    const bretagne = await list(`region=53&pageSize=200`);
    expect(bretagne.body.length).toBe(await count('a.regional'));
    expect(bretagne.body.every((a: { regional: boolean }) => a.regional)).toBe(true);
    const sas = await list('q=acces aux soins');
    expect(sas.body.length).toBeGreaterThan(0);
    expect(sas.body.every((a: { title: string; code: string }) => /accès aux soins/i.test(`${a.code} ${a.title}`))).toBe(true);
    const byCode = await list('q=1.1.1');
    expect(byCode.body.map((a: { code: string }) => a.code)).toContain('1.1.1');
    expect((await list('q=%25_')).body).toEqual([]);
  });

  it('filters by effective status, overdue and stale as DESIGN §3 defines them', async () => {
    const overdue = await list(`plan=${planId}&overdue=true&pageSize=200`);
    expect(overdue.body.length).toBe(await count(`a.plan_id = $1 AND a.due_date < current_date AND a.status NOT IN ('done', 'abandoned')`, [planId]));
    expect(overdue.body.every((a: { effectiveStatus: string; signals: string[] }) => a.effectiveStatus === 'late' && a.signals.includes('overdue'))).toBe(true);
    const late = await list(`plan=${planId}&status=late&pageSize=200`);
    expect(late.body.length).toBe(await count(`a.plan_id = $1 AND (a.status = 'late' OR (a.due_date < current_date AND a.status NOT IN ('done', 'abandoned')))`, [planId]));
    const several = await list(`plan=${planId}&status=done,abandoned&pageSize=200`);
    expect(new Set(several.body.map((a: { status: string }) => a.status))).toEqual(new Set(['done', 'abandoned']));
    const stale = await list(`plan=${planId}&stale=true&pageSize=200`);
    expect(stale.body.length).toBeGreaterThan(0);
    expect(stale.body.every((a: { signals: string[] }) => a.signals.includes('stale'))).toBe(true);
    const fresh = await list(`plan=${planId}&stale=false&pageSize=200`);
    expect(fresh.body.some((a: { signals: string[] }) => a.signals.includes('stale'))).toBe(false);
    expect(stale.body.length + fresh.body.length).toBe(await count('a.plan_id = $1', [planId]));
  });

  /** Every page of a filtered list. */
  const all = async (query: string): Promise<{ id: number; signals: string[] }[]> => {
    const found: { id: number; signals: string[] }[] = [];
    for (let page = 1; ; page += 1) {
      const response = await list(`${query}&pageSize=200&page=${page}`);
      expect(response.status).toBe(200);
      found.push(...response.body);
      if (response.body.length === 0 || found.length >= Number(response.headers.get('x-total-count'))) return found;
    }
  };
  const ids = async (query: string) => sorted((await all(query)).map((a) => a.id));
  const sorted = (values: Iterable<number>) => [...new Set(values)].sort((x, y) => x - y);

  it('filters by owner', async () => {
    const { rows: [owner] } = await t.sql.query(
      `SELECT owner_id AS id, count(*)::int AS n FROM actions WHERE plan_id = $1 AND owner_id IS NOT NULL GROUP BY owner_id ORDER BY n DESC LIMIT 1`, [planId]);
    const owned = await list(`plan=${planId}&owner=${owner.id}&pageSize=200`);
    expect(owned.body.length).toBe(owner.n);
    expect(owned.body.every((a: { owner: { id: number } | null }) => a.owner?.id === owner.id)).toBe(true);
    expect((await list(`plan=${planId}&owner=999999`)).body).toEqual([]);
  });

  it('filters by each action signal as the shared rules compute it, several signals all holding', async () => {
    const everything = await all(`plan=${planId}`);
    const carrying = (kind: string) => sorted(everything.filter((a) => a.signals.includes(kind)).map((a) => a.id));
    for (const kind of ['overdue', 'stale', 'schedule_gap', 'status_check']) {
      const expected = carrying(kind);
      // The demo plan carries each of them, so that the comparison says something.
      expect({ kind, some: expected.length > 0 }).toEqual({ kind, some: true });
      expect({ kind, ids: await ids(`plan=${planId}&signal=${kind}`) }).toEqual({ kind, ids: expected });
    }
    // The dashboard's counts lead to lists of that size.
    const rollup = (await t.request(`/plans/${planId}/rollup`, { token })).body;
    expect((await ids(`plan=${planId}&signal=schedule_gap`)).length).toBe(rollup.plan.signals.schedule_gap);
    expect((await ids(`plan=${planId}&signal=status_check`)).length).toBe(rollup.plan.signals.status_check);
    const both = await ids(`plan=${planId}&signal=overdue,status_check`);
    expect(both).toEqual(carrying('overdue').filter((id) => carrying('status_check').includes(id)));
    expect(await ids(`plan=${planId}&signal=overdue`)).toEqual(await ids(`plan=${planId}&overdue=true`));
  });

  it('filters by regional lag as the plan’s signals name it, in one region when asked', async () => {
    // Make one region clearly behind the others on one regional action.
    const { rows: [action] } = await t.sql.query(`SELECT id FROM actions WHERE plan_id = $1 AND regional ORDER BY id LIMIT 1`, [planId]);
    await t.sql.query(`UPDATE regional_deployments SET progress = 80, status = 'on_track' WHERE action_id = $1 AND region_code <> '04'`, [action.id]);
    await t.sql.query(`UPDATE regional_deployments SET progress = 10, status = 'at_risk' WHERE action_id = $1 AND region_code = '04'`, [action.id]);
    const signals = (await t.request(`/plans/${planId}/signals`, { token })).body.signals as { kind: string; actionId: number; regionCode: string }[];
    const laggards = signals.filter((s) => s.kind === 'regional_laggard');
    expect(laggards).toContainEqual(expect.objectContaining({ actionId: action.id, regionCode: '04' }));
    expect(await ids(`plan=${planId}&signal=regional_laggard`)).toEqual(sorted(laggards.map((s) => s.actionId)));
    const reunion = await ids(`plan=${planId}&signal=regional_laggard&region=04`);
    expect(reunion).toContain(action.id);
    expect(reunion).toEqual(sorted(laggards.filter((s) => s.regionCode === '04').map((s) => s.actionId)));
    expect(await ids(`plan=${planId}&signal=regional_laggard&region=53`)).toEqual(
      sorted(laggards.filter((s) => s.regionCode === '53').map((s) => s.actionId)));
  });

  it('sorts by every key, ascending or descending', async () => {
    const byDue = (await list(`plan=${planId}&sort=dueDate&pageSize=200`)).body.map((a: { dueDate: string }) => a.dueDate);
    expect(byDue).toEqual([...byDue].sort());
    const byProgress = (await list(`plan=${planId}&sort=-progress&pageSize=200`)).body.map((a: { progress: number }) => a.progress);
    expect(byProgress).toEqual([...byProgress].sort((x: number, y: number) => y - x));
    const gaps = (await list(`plan=${planId}&sort=scheduleGap&pageSize=200`)).body
      .map((a: { scheduleGap: number | null }) => a.scheduleGap).filter((g: number | null) => g !== null);
    expect(gaps).toEqual([...gaps].sort((x: number, y: number) => x - y));
    for (const key of ['code', 'title', 'status', 'lastUpdateAt', 'weight', '-code']) {
      expect((await list(`sort=${key}`)).status).toBe(200);
    }
  });

  it('refuses bad filters with a French 400 naming the parameter', async () => {
    for (const [query, field] of [
      ['status=vert', 'status'], ['sort=couleur', 'sort'], ['page=0', 'page'], ['pageSize=201', 'pageSize'],
      ['overdue=oui', 'overdue'], ['region=99', 'region'], ['plan=abc', 'plan'], ['unit=pf', 'unit'], ['foo=1', 'foo'],
      ['owner=abc', 'owner'], ['owner=0', 'owner'], ['signal=indicator_stale', 'signal'], ['signal=overdue,', 'signal'],
    ]) {
      const response = await list(query);
      expect(response.status).toBe(400);
      expect(Object.keys(response.body.fields)).toContain(field);
    }
  });

  it('gives an action with milestones, indicators, current state, expected progress, gap, signals and version', async () => {
    const [row] = (await t.sql.query(`SELECT a.id FROM actions a WHERE EXISTS (SELECT 1 FROM indicators i WHERE i.action_id = a.id) LIMIT 1`)).rows;
    const id = row?.id ?? (await t.sql.query(`SELECT id FROM actions LIMIT 1`)).rows[0].id;
    const response = await t.request(`/actions/${id}`, { token });
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe(`"${response.body.version}"`);
    // That ETag is the version, for If-Match: a browser keeps no copy, and revalidating gets the answer, not a 304.
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect((await t.request(`/actions/${id}`, { token, headers: { 'if-none-match': `"${response.body.version}"` } })).status).toBe(200);
    expect(response.body).toEqual(expect.objectContaining({
      id, milestones: expect.any(Array), indicators: expect.any(Array), signalDetails: expect.any(Array),
      axis: expect.objectContaining({ number: expect.any(Number) }), objective: expect.objectContaining({ code: expect.any(String) }),
      openCycle: expect.objectContaining({ state: 'open' }), lockedReason: null,
    }));
    expect(response.body.milestones.length).toBeGreaterThanOrEqual(2);
    if (response.body.expectedProgress !== null) {
      expect(response.body.scheduleGap).toBeCloseTo(response.body.progress - response.body.expectedProgress, 1);
    }
    expect((await t.request('/actions/999999', { token })).status).toBe(404);
    expect((await t.request('/actions/x', { token })).status).toBe(400);
  });

  it('gives a project manager their unit’s actions, those to update in the open cycle first', async () => {
    const mine = await t.request('/users/me/actions', { token: await t.login('q@boussole.test') });
    expect(mine.status).toBe(200);
    expect(mine.body.length).toBe(await count(`u.code = 'Q' AND a.plan_id = $1`, [planId]));
    const stale = mine.body.map((a: { signals: string[] }) => a.signals.includes('stale'));
    expect(stale.indexOf(false)).toBeGreaterThan(0);
    expect(stale.slice(stale.indexOf(false))).not.toContain(true);
    expect((await t.request('/users/me/actions', { token })).body).toEqual([]);
  });

  it('lists a plan’s reporting cycles', async () => {
    const cycles = await t.request(`/cycles?plan=${planId}`, { token });
    expect(cycles.body.filter((c: { state: string }) => c.state === 'open')).toHaveLength(1);
    expect(cycles.body[0].label).toBe('T1 2025');
    expect((await t.request('/cycles', { token })).status).toBe(400);
  });
});
