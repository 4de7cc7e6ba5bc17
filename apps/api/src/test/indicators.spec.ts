import { createTestApp, TestApp } from './support/test-app';

/** Indicators and measurements (DESIGN §3, §5). */
describe('indicators', () => {
  let t: TestApp;
  let planId: number;
  beforeAll(async () => {
    t = await createTestApp();
    planId = (await t.sql.query(`SELECT id FROM plans WHERE state = 'active'`)).rows[0].id;
  });
  afterAll(async () => t.close());

  it('lists a plan’s indicators with achievement, freshness and signals', async () => {
    const token = await t.login('lecture@boussole.test');
    const response = await t.request(`/indicators?plan=${planId}`, { token });
    expect(response.status).toBe(200);
    expect(response.body.length).toBe((await t.sql.query(`SELECT count(*)::int AS n FROM indicators WHERE plan_id = $1`, [planId])).rows[0].n);
    for (const i of response.body) {
      expect(i.attachedTo.label).toMatch(/^(Plan|Axe \d|Objectif \d\.\d|Action [\d.]+)$/);
      if (i.achievement.overall !== null) {
        expect(i.achievement.overall).toBeGreaterThanOrEqual(0);
        expect(i.achievement.overall).toBeLessThanOrEqual(100);
      }
    }
    expect(response.body.some((i: { signals: { kind: string }[] }) => i.signals.some((s) => s.kind === 'indicator_stale'))).toBe(true);
    expect(response.body.some((i: { latest: unknown }) => i.latest === null)).toBe(true);
    expect((await t.request(`/indicators`, { token })).body.length).toBe(response.body.length);
  });

  it('gives one indicator with its measurements, trajectory and regions', async () => {
    const token = await t.login('lecture@boussole.test');
    const id = (await t.sql.query(`SELECT id FROM indicators WHERE regional ORDER BY id LIMIT 1`)).rows[0].id;
    const response = await t.request(`/indicators/${id}`, { token });
    expect(response.status).toBe(200);
    expect(response.body.regions).toHaveLength(18);
    expect(response.body.measurements.some((m: { regionCode: string | null }) => m.regionCode === null)).toBe(true);
    expect(response.body.measurements.some((m: { regionCode: string | null }) => m.regionCode === '53')).toBe(true);
    expect(response.body.trajectory[0]).toEqual({ date: response.body.baselineDate, value: response.body.baselineValue });
    expect(response.body.trajectory.at(-1)).toEqual({ date: response.body.targetDate, value: response.body.targetValue });
    expect((await t.request(`/indicators/999999`, { token })).status).toBe(404);
    const bretagne = await t.request(`/indicators/${id}/measurements?region=53`, { token });
    expect(bretagne.body.every((m: { regionCode: string }) => m.regionCode === '53')).toBe(true);
    expect((await t.request(`/indicators/${id}/measurements?region=xx`, { token })).status).toBe(400);
  });

  it('takes national values from direction/admin or the owning unit, regional ones from the region’s liaison', async () => {
    const [regional] = (await t.sql.query(`SELECT id, periodicity FROM indicators WHERE regional ORDER BY id LIMIT 1`)).rows;
    const period = new Date().toISOString().slice(0, 8) + '01';
    const director = await t.login('direction@boussole.test');
    const national = await t.request(`/indicators/${regional.id}/measurements`, { method: 'POST', token: director, json: { period, value: 42.5 } });
    expect(national.status).toBe(201);
    expect(national.body).toMatchObject({ value: 42.5, regionCode: null, author: { name: 'Hélène Marchand' } });
    const liaison = await t.login('ars-bretagne@boussole.test');
    expect((await t.request(`/indicators/${regional.id}/measurements`, { method: 'POST', token: liaison, json: { period, value: 40, regionCode: '53' } })).status).toBe(201);
    const idf = await t.request(`/indicators/${regional.id}/measurements`, { method: 'POST', token: liaison, json: { period, value: 40, regionCode: '11' } });
    expect(idf.status).toBe(403);
    expect((await t.request(`/indicators/${regional.id}/measurements`, { method: 'POST', token: liaison, json: { period, value: 40 } })).status).toBe(403);
    const viewer = await t.login('lecture@boussole.test');
    expect((await t.request(`/indicators/${regional.id}/measurements`, { method: 'POST', token: viewer, json: { period, value: 1 } })).body.message).toBe('Un·e lecteur·rice ne peut rien modifier.');
    // A second value for the same period corrects the first, and the audit keeps both.
    const corrected = await t.request(`/indicators/${regional.id}/measurements`, { method: 'POST', token: director, json: { period, value: 43 } });
    expect(corrected.body.value).toBe(43);
    const verbs = (await t.sql.query(`SELECT verb FROM audit_events WHERE entity_type = 'indicator' AND entity_id = $1 ORDER BY id`, [String(regional.id)])).rows.map((r) => r.verb);
    expect(verbs).toEqual(['measurement.create', 'measurement.create', 'measurement.correct']);
  });

  it('validates measurements in French', async () => {
    const director = await t.login('direction@boussole.test');
    const [national] = (await t.sql.query(`SELECT id FROM indicators WHERE NOT regional ORDER BY id LIMIT 1`)).rows;
    const post = (json: Record<string, unknown>) => t.request(`/indicators/${national.id}/measurements`, { method: 'POST', token: director, json });
    expect((await post({ period: '2026-02-30', value: 1 })).body.fields.period).toMatch(/date réelle/);
    expect((await post({ period: '2026-01-01', value: 'beaucoup' })).body.fields.value).toMatch(/nombre/);
    expect((await post({ period: '2999-01-01', value: 1 })).body.fields.period).toBe('Période future.');
    expect((await post({ period: '2000-01-01', value: 1 })).body.fields.period).toBe('Avant la valeur de référence.');
    expect((await post({ period: '2026-01-01', value: 1, regionCode: '53' })).body.fields.regionCode).toBe('Indicateur national uniquement.');
  });
});
