import { DENIAL_REASONS } from '@boussole/domain';
import { activePlanId, buildPlan, lastAudit, listenEvents } from './support/admin-fixtures';
import { createTestApp, TestApp } from './support/test-app';

/** Reporting cycles managed by an admin (DESIGN §2, §5): create, edit while not closed, open one at a time, close. */
describe('administration of reporting cycles', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin@boussole.test');
  });
  afterAll(async () => t.close());

  const create = (json: Record<string, unknown>, token = admin) => t.request('/cycles', { method: 'POST', token, json });
  const patch = (id: number, json: Record<string, unknown>, headers: Record<string, string> = {}) =>
    t.request(`/cycles/${id}`, { method: 'PATCH', token: admin, json, headers });

  it('creates a planned cycle, audited and announced, listed with its plan', async () => {
    const { planId } = await buildPlan(t, admin, 'Plan des campagnes', 0);
    const listener = await listenEvents(t);
    const response = await create({ planId, label: ' T1 2028 ', opensOn: '2028-03-16', closesOn: '2028-04-10' });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ id: expect.any(Number), planId, label: 'T1 2028', opensOn: '2028-03-16', closesOn: '2028-04-10', state: 'planned', version: 1 });
    expect(await lastAudit(t, 'cycle', response.body.id)).toMatchObject({ verb: 'cycle.create', after: { label: 'T1 2028', state: 'planned' } });
    expect(await listener.events()).toContainEqual({ type: 'cycle.changed', planId, record: `cycle:${response.body.id}` });
    await listener.close();
    const list = await t.request(`/cycles?plan=${planId}`, { token: await t.login('lecture@boussole.test') });
    expect(list.body.map((c: { label: string }) => c.label)).toEqual(['T1 2028']);
  });

  it('validates dates, label and overlap in French', async () => {
    const { planId } = await buildPlan(t, admin, 'Plan des dates', 0);
    await create({ planId, label: 'T2 2028', opensOn: '2028-06-16', closesOn: '2028-07-10' });
    const field = async (json: Record<string, unknown>, name: string) => {
      const response = await create({ planId, label: 'T3 2028', opensOn: '2028-09-16', closesOn: '2028-10-10', ...json });
      expect(response.status).toBe(400);
      return response.body.fields[name];
    };
    expect(await field({ closesOn: '2028-09-15' }, 'closesOn')).toBe('La date de clôture ne peut pas précéder la date d’ouverture.');
    expect(await field({ opensOn: '2028-02-30' }, 'opensOn')).toMatch(/date réelle/);
    expect(await field({ label: '' }, 'label')).toMatch(/Le libellé est obligatoire/);
    expect(await field({ label: 'T2 2028' }, 'label')).toBe('Libellé déjà utilisé dans ce projet.');
    expect(await field({ opensOn: '2028-07-10', closesOn: '2028-08-01' }, 'opensOn')).toBe('Ces dates chevauchent la campagne T2 2028 (du 16/06/2028 au 10/07/2028).');
    expect(await field({ opensOn: '2028-06-01', closesOn: '2028-08-01' }, 'closesOn')).toMatch(/chevauchent la campagne T2 2028/);
    expect((await create({ planId: 999999, label: 'X', opensOn: '2028-01-01', closesOn: '2028-01-02' })).body.fields.planId).toBe('Projet stratégique introuvable.');
    // The day after another cycle closes is free; a single-day cycle is allowed.
    expect((await create({ planId, label: 'Juillet', opensOn: '2028-07-11', closesOn: '2028-07-11' })).status).toBe(201);
  });

  it('edits label and dates with a version (428, 409 with the current cycle)', async () => {
    const { planId } = await buildPlan(t, admin, 'Plan à éditer', 0);
    const cycle = (await create({ planId, label: 'T1 2029', opensOn: '2029-03-16', closesOn: '2029-04-10' })).body;
    expect((await patch(cycle.id, { label: 'T1-2029' })).status).toBe(428);
    const edited = await patch(cycle.id, { label: 'Premier trimestre 2029', closesOn: '2029-04-15' }, { 'if-match': '"1"' });
    expect(edited.body).toMatchObject({ label: 'Premier trimestre 2029', closesOn: '2029-04-15', version: 2 });
    expect(await lastAudit(t, 'cycle', cycle.id)).toMatchObject({ before: { label: 'T1 2029', closesOn: '2029-04-10' }, after: { label: 'Premier trimestre 2029', closesOn: '2029-04-15' } });
    const stale = await patch(cycle.id, { label: 'x', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toMatch(/^Cette campagne a été modifiée entre-temps/);
    expect(stale.body.current).toMatchObject({ id: cycle.id, version: 2, label: 'Premier trimestre 2029' });
    expect((await patch(cycle.id, { closesOn: '2029-03-01', version: 2 })).body.fields.closesOn).toMatch(/ne peut pas précéder/);
  });

  it('opens one cycle at a time per plan, closes it, then keeps it as it was', async () => {
    const { planId } = await buildPlan(t, admin, 'Plan ouvert', 0);
    const first = (await create({ planId, label: 'T1 2028', opensOn: '2028-03-16', closesOn: '2028-04-10' })).body;
    const second = (await create({ planId, label: 'T2 2028', opensOn: '2028-06-16', closesOn: '2028-07-10' })).body;
    expect((await patch(first.id, { state: 'open', version: 1 })).body).toMatchObject({ state: 'open', version: 2 });
    expect((await t.request(`/plans/${planId}/rollup`, { token: admin })).body.cycle).toMatchObject({ id: first.id, state: 'open', version: 2 });
    const twice = await patch(second.id, { state: 'open', version: 1 });
    expect(twice.status).toBe(409);
    expect(twice.body.message).toBe('La campagne T1 2028 est déjà ouverte : clôturez-la avant d’en ouvrir une autre.');
    const back = await patch(first.id, { state: 'planned', version: 2 });
    expect(back.status).toBe(409);
    expect(back.body.message).toMatch(/ne revient pas en arrière/);
    expect((await patch(first.id, { state: 'closed', version: 2 })).body).toMatchObject({ state: 'closed', version: 3 });
    expect((await patch(second.id, { state: 'open', version: 1 })).body.state).toBe('open');
    for (const json of [{ label: 'Renommée' }, { closesOn: '2028-04-30' }, { state: 'open' }]) {
      const closed = await patch(first.id, { ...json, version: 3 });
      expect(closed.status).toBe(409);
      expect(closed.body.message).toBe('La campagne T1 2028 est close : elle ne se modifie plus.');
    }
    expect(await lastAudit(t, 'cycle', first.id)).toMatchObject({ verb: 'cycle.update', before: { state: 'open' }, after: { state: 'closed' } });
  });

  it('refuses to open a second cycle in the demo plan, whose cycle is open', async () => {
    const planId = await activePlanId(t);
    const cycle = (await create({ planId, label: 'Campagne spéciale', opensOn: '2030-01-05', closesOn: '2030-01-20' })).body;
    expect((await patch(cycle.id, { state: 'open', version: 1 })).status).toBe(409);
  });

  it('refuses a non-admin with the policy’s reason', async () => {
    const planId = await activePlanId(t);
    const director = await t.login('direction@boussole.test');
    const response = await create({ planId, label: 'X', opensOn: '2031-01-01', closesOn: '2031-01-10' }, director);
    expect(response.status).toBe(403);
    expect(response.body.message).toBe(DENIAL_REASONS.planManage);
    const { rows: [cycle] } = await t.sql.query(`SELECT id, version FROM reporting_cycles WHERE plan_id = $1 LIMIT 1`, [planId]);
    expect((await t.request(`/cycles/${cycle.id}`, { method: 'PATCH', token: director, json: { label: 'X', version: cycle.version } })).status).toBe(403);
  });
});
