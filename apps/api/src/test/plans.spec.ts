import { createTestApp, TestApp } from './support/test-app';

describe('read API: plans, units, regions, health, docs', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp();
    token = await t.login('lecture@boussole.test');
  });
  afterAll(async () => t.close());

  it('lists both plans, the active one first', async () => {
    const response = await t.request('/plans', { token });
    expect(response.status).toBe(200);
    expect(response.body.map((p: { title: string; state: string }) => [p.title, p.state])).toEqual([
      ['Projet stratégique 2025-2027', 'active'],
      ['Projet stratégique 2015-2017', 'archived'],
    ]);
    expect(response.body[0]).toMatchObject({ startYear: 2025, endYear: 2027, axisCount: 4 });
    expect(response.body[0].actionCount).toBeGreaterThanOrEqual(76);
  });

  it('gives a plan with its four axes and their objectives', async () => {
    const [active] = (await t.request('/plans', { token })).body;
    const response = await t.request(`/plans/${active.id}`, { token });
    expect(response.status).toBe(200);
    const plan = response.body;
    expect(plan.axes.map((a: { number: number }) => a.number)).toEqual([1, 2, 3, 4]);
    expect(plan.axes[0].title).toMatch(/^Garantir l[’']accès aux soins grâce à la construction de parcours de soins/);
    expect(plan.axes.map((a: { objectives: unknown[] }) => a.objectives.length)).toEqual([4, 3, 3, 3]);
    expect(plan.axes[0].objectives[0]).toMatchObject({ code: '1.1', number: 1 });
    expect(plan.axes[0].sponsor).toMatchObject({ name: expect.any(String) });
    expect(plan.currentCycle).toMatchObject({ state: 'open', label: expect.stringMatching(/^T[1-4] 20\d\d$/) });
    const total = plan.axes.reduce((sum: number, a: { actionCount: number }) => sum + a.actionCount, 0);
    expect(total).toBe(plan.actionCount);
  });

  it('answers 404 for an unknown plan and 400 for a malformed id, in French', async () => {
    expect(await t.request('/plans/999999', { token })).toMatchObject({
      status: 404,
      body: { statusCode: 404, error: 'Introuvable', message: 'Projet stratégique introuvable.' },
    });
    for (const bad of ['abc', '-1', '0', '1.5', '99999999999', "1'%20OR%201=1"]) {
      const response = await t.request(`/plans/${bad}`, { token });
      expect(response.status).toBe(400);
      // The refusal quotes what was sent, not what a conversion made of it.
      expect(response.body.message).toBe(`Identifiant invalide : « ${decodeURIComponent(bad)} ».`);
    }
  });

  it('answers a French JSON 404 for an unknown API route', async () => {
    expect(await t.request('/nowhere', { token })).toMatchObject({
      status: 404,
      body: { statusCode: 404, error: 'Introuvable', message: 'Ressource introuvable.' },
    });
  });

  it('lists the six units and the eighteen regions', async () => {
    const units = await t.request('/units', { token });
    expect(units.body.map((u: { code: string }) => u.code)).toEqual(['PF', 'RH', 'R', 'Q', 'N', 'DNS']);
    const regions = await t.request('/regions', { token });
    expect(regions.body).toHaveLength(18);
    expect(regions.body.find((r: { code: string }) => r.code === '53')).toEqual({ code: '53', name: 'Bretagne', overseas: false });
    expect(regions.body.filter((r: { overseas: boolean }) => r.overseas)).toHaveLength(5);
  });

  it('refuses every read without a session', async () => {
    for (const path of ['/plans', '/plans/1', '/units', '/regions']) {
      expect((await t.request(path)).status).toBe(401);
    }
  });

  it('reports health with a database check, without a session', async () => {
    const response = await t.request('/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'ok', database: 'ok' });
  });

  it('publishes its OpenAPI description', async () => {
    const response = await t.request('/docs-json');
    expect(response.status).toBe(200);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/plans', '/api/plans/{id}', '/api/regions', '/api/units', '/api/health']),
    );
    const ui = await fetch(`${t.base}/docs`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toMatch(/swagger/i);
  });
});

describe('malformed addresses', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(async () => t.close());

  it('answers 400 in French for a bad percent-encoding, never a 500', async () => {
    const token = await t.login('lecture@boussole.test');
    const response = await t.request('/plans/%FF', { token });
    expect(response.status).toBe(400);
    expect(response.body.error).toBe('Requête invalide');
  });
});
