import { DENIAL_REASONS } from '@boussole/domain';
import { activePlanId, buildPlan, lastAudit, listenEvents } from './support/admin-fixtures';
import { createTestApp, TestApp } from './support/test-app';

/** Indicators managed by an admin: attached to the plan or one of its nodes, with their targets (DESIGN §2). */
describe('administration of indicators', () => {
  let t: TestApp;
  let admin: string;
  let planId: number;
  let nodes: { axis: number; objective: number; action: number };
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin@boussole.test');
    planId = await activePlanId(t);
    const { rows: [row] } = await t.sql.query(
      `SELECT a.axis_id AS axis, a.objective_id AS objective, a.id AS action FROM actions a WHERE a.plan_id = $1 ORDER BY a.id LIMIT 1`,
      [planId],
    );
    nodes = row;
  });
  afterAll(async () => t.close());

  const base = () => ({
    planId, attachedTo: { kind: 'plan' }, name: 'Taux de recours', unit: '%', baselineValue: 40, baselineDate: '2025-01-01',
    targetValue: 60, targetDate: '2027-12-31', periodicity: 'quarter',
  });
  const create = (json: Record<string, unknown>, token = admin) => t.request('/indicators', { method: 'POST', token, json });
  const patch = (id: number, json: Record<string, unknown>) => t.request(`/indicators/${id}`, { method: 'PATCH', token: admin, json });

  it('creates an indicator attached to the plan, an axis, an objective or an action, audited and announced', async () => {
    const listener = await listenEvents(t);
    const created = await create({
      ...base(), intermediateTargets: [{ date: '2026-12-31', value: 55 }, { date: '2025-12-31', value: 48 }], regional: true,
      source: ' DREES ', definition: 'Part des patients concernés.',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      planId, name: 'Taux de recours', unit: '%', baselineValue: 40, targetValue: 60, periodicity: 'quarter', regional: true, source: 'DREES',
      attachedTo: { kind: 'plan', id: planId, label: 'Plan' }, version: 1, measurements: [], achievement: { overall: null },
      intermediateTargets: [{ date: '2025-12-31', value: 48 }, { date: '2026-12-31', value: 55 }],
    });
    expect(created.body.regions).toHaveLength(18);
    expect(await lastAudit(t, 'indicator', created.body.id)).toMatchObject({ verb: 'indicator.create', after: { attachedTo: { kind: 'plan' }, name: 'Taux de recours', regional: true } });
    expect(await listener.events()).toContainEqual({ type: 'indicator.changed', planId, record: `indicator:${created.body.id}` });
    await listener.close();
    for (const kind of ['axis', 'objective', 'action'] as const) {
      const response = await create({ ...base(), attachedTo: { kind, id: nodes[kind] } });
      expect(response.status).toBe(201);
      expect(response.body.attachedTo).toMatchObject({ kind, id: nodes[kind] });
    }
    const action = await t.request(`/actions/${nodes.action}`, { token: admin });
    expect(action.body.indicators.map((i: { name: string }) => i.name)).toContain('Taux de recours');
    const list = await t.request(`/indicators?plan=${planId}`, { token: admin });
    expect(list.body.find((i: { id: number }) => i.id === created.body.id)).toMatchObject({ version: 1 });
  });

  it('attaches only to a node of the same plan', async () => {
    const other = await buildPlan(t, admin, 'Plan sans indicateur', 1);
    const foreign = await create({ ...base(), attachedTo: { kind: 'objective', id: other.objectiveIds[0] } });
    expect(foreign.status).toBe(400);
    expect(foreign.body.fields['attachedTo.id']).toBe('Cet objectif n’existe pas dans ce projet stratégique.');
    expect((await create({ ...base(), attachedTo: { kind: 'axis' } })).body.fields['attachedTo.id']).toBe('Rattachement à préciser.');
    expect((await create({ ...base(), attachedTo: { kind: 'région' } })).body.fields['attachedTo.kind']).toMatch(/rattaché au plan/);
    expect((await create({ ...base(), planId: 999999 })).body.fields.planId).toBe('Projet stratégique introuvable.');
  });

  it('validates the dates and values in French', async () => {
    const field = async (json: Record<string, unknown>, name: string) => {
      const response = await create({ ...base(), ...json });
      expect(response.status).toBe(400);
      return response.body.fields[name];
    };
    expect(await field({ targetDate: '2025-01-01' }, 'targetDate')).toBe('La date de la cible doit suivre la date de référence.');
    expect(await field({ targetDate: '2024-06-30' }, 'targetDate')).toBe('La date de la cible doit suivre la date de référence.');
    expect(await field({ intermediateTargets: [{ date: '2028-01-01', value: 70 }] }, 'intermediateTargets.0.date')).toMatch(/entre la date de référence et celle de la cible/);
    expect(await field({ intermediateTargets: [{ date: '2025-01-01', value: 41 }] }, 'intermediateTargets.0.date')).toMatch(/entre/);
    expect(await field({ intermediateTargets: [{ date: '2026-01-01', value: 1 }, { date: '2026-01-01', value: 2 }] }, 'intermediateTargets.1.date')).toBe('Date déjà utilisée.');
    expect(await field({ intermediateTargets: [{ date: '2026-13-01', value: 1 }] }, 'intermediateTargets.0.date')).toMatch(/date réelle/);
    expect(await field({ name: undefined }, 'name')).toBe('Le nom est obligatoire.');
    expect(await field({ unit: ' ' }, 'unit')).toMatch(/L’unité est obligatoire/);
    expect(await field({ baselineValue: 'quarante' }, 'baselineValue')).toMatch(/doit être un nombre/);
    expect(await field({ periodicity: 'week' }, 'periodicity')).toMatch(/month \(mensuelle\)/);
  });

  it('refuses a non-admin, for every write', async () => {
    const pf = await t.login('pf@boussole.test');
    const response = await create(base(), pf);
    expect(response.status).toBe(403);
    expect(response.body.message).toBe(DENIAL_REASONS.planManage);
    const { rows: [i] } = await t.sql.query(`SELECT id FROM indicators WHERE plan_id = $1 LIMIT 1`, [planId]);
    expect((await t.request(`/indicators/${i.id}`, { method: 'PATCH', token: pf, json: { name: 'x', version: 1 } })).status).toBe(403);
    expect((await t.request(`/indicators/${i.id}`, { method: 'DELETE', token: pf, headers: { 'if-match': '1' } })).status).toBe(403);
  });

  it('edits with a version: attachment, targets and texts, audited with before and after', async () => {
    const created = (await create(base())).body;
    expect((await patch(created.id, { name: 'Renommé' })).status).toBe(428);
    const edited = await patch(created.id, {
      name: 'Taux de recours renommé', attachedTo: { kind: 'objective', id: nodes.objective }, targetValue: 65, intermediateTargets: [{ date: '2026-06-30', value: 50 }], version: 1,
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ name: 'Taux de recours renommé', targetValue: 65, attachedTo: { kind: 'objective', id: nodes.objective }, version: 2 });
    expect(await lastAudit(t, 'indicator', created.id)).toMatchObject({
      verb: 'indicator.update',
      before: { name: 'Taux de recours', attachedTo: { kind: 'plan', id: planId }, targetValue: 60, intermediateTargets: [] },
      after: { name: 'Taux de recours renommé', attachedTo: { kind: 'objective', id: nodes.objective }, targetValue: 65, intermediateTargets: [{ date: '2026-06-30', value: 50 }] },
    });
    const stale = await patch(created.id, { name: 'Trop tard', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ id: created.id, version: 2, name: 'Taux de recours renommé' });
    // The intermediate targets stay between the dates, whichever of them changes.
    expect((await patch(created.id, { targetDate: '2026-01-01', version: 2 })).body.fields['intermediateTargets.0.date']).toMatch(/entre/);
    expect((await patch(created.id, { attachedTo: { kind: 'plan' }, version: 2 })).body).toMatchObject({ attachedTo: { kind: 'plan', id: planId }, version: 3 });
  });

  it('keeps what measurements need: no new periodicity, no end of the regional values', async () => {
    const { rows: [i] } = await t.sql.query(
      `SELECT i.id, i.version, i.periodicity FROM indicators i WHERE i.regional AND i.plan_id = $1
          AND EXISTS (SELECT 1 FROM measurements m WHERE m.indicator_id = i.id AND m.region_code IS NOT NULL) ORDER BY i.id LIMIT 1`,
      [planId],
    );
    const periodicity = await patch(i.id, { periodicity: i.periodicity === 'year' ? 'month' : 'year', version: i.version });
    expect(periodicity.status).toBe(409);
    expect(periodicity.body.message).toMatch(/^Cet indicateur a déjà \d+ mesures : sa périodicité ne peut plus changer\.$/);
    const regional = await patch(i.id, { regional: false, version: i.version });
    expect(regional.status).toBe(409);
    expect(regional.body.message).toMatch(/mesures régionales : il ne peut plus cesser d’être mesuré par région/);
  });

  it('deletes an indicator without measurements, and refuses one with', async () => {
    const created = (await create(base())).body;
    expect((await t.request(`/indicators/${created.id}`, { method: 'DELETE', token: admin })).status).toBe(428);
    expect((await t.request(`/indicators/${created.id}`, { method: 'DELETE', token: admin, headers: { 'if-match': '1' } })).status).toBe(204);
    expect((await t.request(`/indicators/${created.id}`, { token: admin })).status).toBe(404);
    expect(await lastAudit(t, 'indicator', created.id)).toMatchObject({ verb: 'indicator.delete', before: { name: 'Taux de recours' }, after: null });
    const { rows: [measured] } = await t.sql.query(
      `SELECT i.id, i.version, count(m.id)::int AS n FROM indicators i JOIN measurements m ON m.indicator_id = i.id GROUP BY i.id ORDER BY i.id LIMIT 1`,
    );
    const refused = await t.request(`/indicators/${measured.id}`, { method: 'DELETE', token: admin, headers: { 'if-match': String(measured.version) } });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toBe(`Cet indicateur a déjà ${measured.n} mesures : il a un historique et ne peut pas être supprimé. Archivez plutôt le projet stratégique.`);
  });
});
