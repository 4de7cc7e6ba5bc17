import { createTestApp, TestApp } from './support/test-app';

/** Regional deployments and roll-ups (DESIGN §3-§5). */
describe('regional roll-out', () => {
  let t: TestApp;
  let bretagne: string;
  let actionId: number;
  let unitCode: string;
  let planId: number;
  beforeAll(async () => {
    t = await createTestApp();
    bretagne = await t.login('ars-bretagne@boussole.test');
    const [row] = (await t.sql.query(
      `SELECT a.id, a.plan_id, u.code FROM actions a JOIN units u ON u.id = a.unit_id WHERE a.regional AND a.status NOT IN ('done', 'abandoned', 'not_started') ORDER BY a.id LIMIT 1`,
    )).rows;
    actionId = row.id;
    unitCode = row.code;
    planId = row.plan_id;
  });
  afterAll(async () => t.close());

  const deployment = async (code: string) =>
    (await t.request(`/actions/${actionId}/regions`, { token: bretagne })).body.deployments.find((d: { regionCode: string }) => d.regionCode === code);
  const patch = (code: string, token: string, json: Record<string, unknown>, headers: Record<string, string> = {}) =>
    t.request(`/actions/${actionId}/regions/${code}`, { method: 'PATCH', token, json, headers });

  it('lists the 18 deployments of a regional action with their spread', async () => {
    const response = await t.request(`/actions/${actionId}/regions`, { token: bretagne });
    expect(response.status).toBe(200);
    expect(response.body.deployments).toHaveLength(18);
    const progress = response.body.deployments.filter((d: { status: string }) => d.status !== 'abandoned').map((d: { progress: number }) => d.progress).sort((a: number, b: number) => a - b);
    expect(response.body.spread.min).toBe(progress[0]);
    expect(response.body.spread.max).toBe(progress[progress.length - 1]);
    expect(response.body.spread.median).toBe(progress.length % 2 ? progress[(progress.length - 1) / 2] : (progress[progress.length / 2 - 1] + progress[progress.length / 2]) / 2);
    expect(Object.values(response.body.spread.counts as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(18);
    for (const d of response.body.deployments) {
      expect(d.laggard).toBe(d.status !== 'abandoned' && d.progress < response.body.spread.median - 15);
    }
    const national = (await t.sql.query(`SELECT id FROM actions WHERE NOT regional LIMIT 1`)).rows[0].id;
    expect((await t.request(`/actions/${national}/regions`, { token: bretagne })).body.deployments).toEqual([]);
  });

  it('lets the Bretagne liaison update Bretagne, and refuses Île-de-France', async () => {
    const before = await deployment('53');
    const ok = await patch('53', bretagne, { status: 'on_track', progress: 70, narrative: 'Trois CPTS signées.' }, { 'if-match': String(before.version) });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ regionCode: '53', progress: 70, narrative: 'Trois CPTS signées.', version: before.version + 1, updatedBy: { name: 'Maëlle Le Goff' } });
    const idf = await deployment('11');
    const refused = await patch('11', bretagne, { progress: 90, version: idf.version });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toBe('Seul le déploiement de votre région (Bretagne) peut être mis à jour.');
    expect((await deployment('11')).version).toBe(idf.version);
    const [audit] = (await t.sql.query(`SELECT after FROM audit_events WHERE verb = 'deployment.update' AND entity_id = $1`, [`${actionId}:53`])).rows;
    expect(audit.after).toMatchObject({ progress: 70 });
  });

  it('lets the owning unit and the admin update any region; refuses the director, a viewer, another unit', async () => {
    const owner = await t.login(`${unitCode.toLowerCase()}@boussole.test`);
    const d = await deployment('04');
    expect((await patch('04', owner, { progress: 55, version: d.version })).status).toBe(200);
    const admin = await t.login('admin@boussole.test');
    expect((await patch('04', admin, { progress: 56, version: d.version + 1 })).status).toBe(200);
    for (const [email, reason] of [
      ['direction@boussole.test', /direction ne met pas à jour/], ['lecture@boussole.test', /lecteur·rice/],
      [unitCode === 'PF' ? 'rh@boussole.test' : 'pf@boussole.test', /sous-direction/],
    ] as const) {
      const response = await patch('04', await t.login(email), { progress: 1, version: d.version + 2 });
      expect(response.status).toBe(403);
      expect(response.body.message).toMatch(reason);
    }
  });

  it('needs a version (428), refuses a stale one (409 with the current deployment) and bad input (400)', async () => {
    expect((await patch('53', bretagne, { progress: 10 })).status).toBe(428);
    const current = await deployment('53');
    const stale = await patch('53', bretagne, { progress: 10, version: current.version - 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ regionCode: '53', version: current.version });
    expect((await patch('53', bretagne, { progress: 101, version: current.version })).status).toBe(400);
    expect((await patch('53', bretagne, { status: 'done', progress: 50, version: current.version })).body.fields.progress).toMatch(/100/);
    expect((await patch('53', bretagne, { status: 'done', progress: 50, version: current.version })).body).toMatchObject({
      message: 'Un déploiement terminé est avancé à 100\u00a0%.',
      fields: { progress: 'Un déploiement terminé est avancé à 100\u00a0%.' },
    });
    expect((await patch('53', bretagne, { status: 'late', version: current.version })).body.fields.narrative).toMatch(/dégrade/);
    expect((await patch('99', bretagne, { progress: 1, version: 1 })).status).toBe(400);
  });

  it('gives each region’s weighted progress, rank and lagging deployments', async () => {
    const list = await t.request(`/regions?plan=${planId}`, { token: bretagne });
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(18);
    const ranks = list.body.map((r: { rank: number }) => r.rank).sort((a: number, b: number) => a - b);
    expect(ranks[0]).toBe(1);
    const rollup = await t.request(`/regions/53/rollup?plan=${planId}`, { token: bretagne });
    expect(rollup.status).toBe(200);
    expect(rollup.body).toMatchObject({ code: '53', name: 'Bretagne', regionCount: 18 });
    const counted = rollup.body.explain.counted;
    const mean = counted.reduce((s: number, c: { weight: number; progress: number }) => s + c.weight * c.progress, 0) / counted.reduce((s: number, c: { weight: number }) => s + c.weight, 0);
    expect(rollup.body.progress).toBeCloseTo(mean, 1);
    expect(rollup.body.deployments.length).toBe(rollup.body.deploymentCount);
    expect(rollup.body.lagging.every((d: { laggard: boolean }) => d.laggard)).toBe(true);
    expect(list.body.find((r: { code: string }) => r.code === '53').rank).toBe(rollup.body.rank);
    expect((await t.request(`/regions/53/rollup`, { token: bretagne })).body.planId).toBe(planId);
    expect((await t.request(`/regions/98/rollup`, { token: bretagne })).status).toBe(404);
    expect((await t.request(`/regions/abc/rollup`, { token: bretagne })).status).toBe(400);
  });
});
