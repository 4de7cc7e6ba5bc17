import { createTestApp, TestApp } from './support/test-app';

/** PATCH /api/actions/:id with If-Match, and the milestones routes. */
describe('editing an action and its milestones', () => {
  let t: TestApp;
  let r: string;
  let id: number;
  beforeAll(async () => {
    t = await createTestApp();
    r = await t.login('r@boussole.test');
    id = (await t.sql.query(`SELECT a.id FROM actions a JOIN units u ON u.id = a.unit_id WHERE u.code = 'R' ORDER BY a.id LIMIT 1`)).rows[0].id;
  });
  afterAll(async () => t.close());

  const current = async () => (await t.request(`/actions/${id}`, { token: r })).body;

  it('needs a version: 428 without If-Match or version', async () => {
    const response = await t.request(`/actions/${id}`, { method: 'PATCH', token: r, json: { title: 'Nouveau titre' } });
    expect(response.status).toBe(428);
    expect(response.body.message).toMatch(/If-Match/);
  });

  it('edits with If-Match, bumps the version, records the audit event', async () => {
    const before = await current();
    const response = await t.request(`/actions/${id}`, {
      method: 'PATCH', token: r, headers: { 'if-match': `"${before.version}"` }, json: { title: 'Titre révisé', weight: 2 },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ title: 'Titre révisé', weight: 2, version: before.version + 1 });
    expect(response.headers.get('etag')).toBe(`"${before.version + 1}"`);
    const [audit] = (await t.sql.query(`SELECT before, after FROM audit_events WHERE verb = 'action.update' AND entity_id = $1`, [String(id)])).rows;
    expect(audit.before).toEqual({ title: before.title, weight: before.weight });
    expect(audit.after).toEqual({ title: 'Titre révisé', weight: 2 });
  });

  it('answers 409 with the current action when the version is stale', async () => {
    const now = await current();
    const response = await t.request(`/actions/${id}`, { method: 'PATCH', token: r, json: { title: 'Trop tard', version: now.version - 1 } });
    expect(response.status).toBe(409);
    expect(response.body.current).toMatchObject({ id, version: now.version, title: now.title });
  });

  it('validates dates, weight and owner in French', async () => {
    const v = (await current()).version;
    const bad = async (json: Record<string, unknown>) => t.request(`/actions/${id}`, { method: 'PATCH', token: r, json: { ...json, version: v } });
    expect((await bad({ dueDate: '2026-02-30' })).body.fields.dueDate).toMatch(/date réelle/);
    expect((await bad({ startDate: '2027-01-01', dueDate: '2026-01-01' })).body.fields.dueDate).toMatch(/précéder/);
    expect((await bad({ weight: 0 })).body.fields.weight).toMatch(/strictement positif/);
    expect((await bad({ ownerId: 999999 })).body.fields.ownerId).toBe('Utilisateur inconnu.');
    expect((await t.request(`/actions/${id}`, { method: 'PATCH', token: r, json: { title: 'x', version: 'x' } })).status).toBe(400);
    expect((await t.request(`/actions/${id}`, { method: 'PATCH', token: r, headers: { 'if-match': 'abc' }, json: {} })).status).toBe(400);
    expect((await current()).version).toBe(v);
  });

  it('refuses another unit and a viewer', async () => {
    const v = (await current()).version;
    const other = await t.request(`/actions/${id}`, { method: 'PATCH', token: await t.login('pf@boussole.test'), json: { title: 'x', version: v } });
    expect(other.status).toBe(403);
    const viewer = await t.request(`/actions/${id}`, { method: 'PATCH', token: await t.login('lecture@boussole.test'), json: { title: 'x', version: v } });
    expect(viewer.status).toBe(403);
  });

  it('creates, edits and deletes milestones, each audited', async () => {
    const created = await t.request(`/actions/${id}/milestones`, { method: 'POST', token: r, json: { title: 'Arrêté publié', plannedDate: '2026-12-15' } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: 'Arrêté publié', plannedDate: '2026-12-15', done: false, actualDate: null });
    const mid = created.body.id;
    const done = await t.request(`/actions/${id}/milestones/${mid}`, { method: 'PATCH', token: r, json: { done: true, actualDate: '2026-11-20' } });
    expect(done.body).toMatchObject({ done: true, actualDate: '2026-11-20' });
    const future = await t.request(`/actions/${id}/milestones/${mid}`, { method: 'PATCH', token: r, json: { actualDate: '2099-01-01' } });
    expect(future.status).toBe(400);
    const list = await t.request(`/actions/${id}/milestones`, { token: r });
    expect(list.body.map((m: { id: number }) => m.id)).toContain(mid);
    expect((await t.request(`/actions/${id}/milestones/${mid}`, { method: 'DELETE', token: r })).status).toBe(204);
    expect((await t.request(`/actions/${id}/milestones/${mid}`, { method: 'DELETE', token: r })).status).toBe(404);
    const verbs = (await t.sql.query(`SELECT verb FROM audit_events WHERE entity_type = 'milestone' AND entity_id = $1 ORDER BY id`, [String(mid)])).rows.map((x) => x.verb);
    expect(verbs).toEqual(['milestone.create', 'milestone.update', 'milestone.delete']);
    const refused = await t.request(`/actions/${id}/milestones`, { method: 'POST', token: await t.login('ars-idf@boussole.test'), json: { title: 'x', plannedDate: '2026-12-01' } });
    expect(refused.status).toBe(403);
    expect((await t.request(`/actions/${id}/milestones`, { method: 'POST', token: r, json: { title: '', plannedDate: 'demain' } })).status).toBe(400);
  });
});
