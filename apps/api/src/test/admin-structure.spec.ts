import { DENIAL_REASONS } from '@boussole/domain';
import { buildPlan, lastAudit, listenEvents, userId } from './support/admin-fixtures';
import { createTestApp, TestApp } from './support/test-app';

/** Plans, axes and objectives managed by an admin (DESIGN §5): create, edit, reorder, delete when empty. */
describe('administration of the plan structure', () => {
  let t: TestApp;
  let admin: string;
  let pf: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin@boussole.test');
    pf = await t.login('pf@boussole.test');
  });
  afterAll(async () => t.close());

  const patch = (path: string, json: Record<string, unknown>, headers: Record<string, string> = {}) =>
    t.request(path, { method: 'PATCH', token: admin, json, headers });
  const plan = async (id: number) => (await t.request(`/plans/${id}`, { token: admin })).body;

  describe('plans', () => {
    it('creates a draft plan, audited with its values, and announces it', async () => {
      const listener = await listenEvents(t);
      const response = await t.request('/plans', {
        method: 'POST', token: admin, json: { title: '  Projet stratégique 2028-2030 ', description: 'Le suivant.', startYear: 2028, endYear: 2030 },
      });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ title: 'Projet stratégique 2028-2030', state: 'draft', version: 1, axes: [], axisCount: 0, currentCycle: null });
      const audit = await lastAudit(t, 'plan', response.body.id);
      expect(audit).toMatchObject({ verb: 'plan.create', before: null, after: { title: 'Projet stratégique 2028-2030', startYear: 2028, endYear: 2030, state: 'draft' } });
      expect(await listener.events()).toContainEqual({ type: 'plan.changed', planId: response.body.id, record: `plan:${response.body.id}` });
      await listener.close();
      expect((await t.request('/plans', { token: pf })).body.map((p: { title: string }) => p.title)).toContain('Projet stratégique 2028-2030');
    });

    it('validates the fields in French', async () => {
      const bad = (json: Record<string, unknown>) => t.request('/plans', { method: 'POST', token: admin, json });
      expect((await bad({ title: '   ', startYear: 2028, endYear: 2030 })).body.fields.title).toBe('Le titre est obligatoire.');
      expect((await bad({ title: 'X', startYear: 2031, endYear: 2030 })).body.fields.endYear).toMatch(/ne peut pas précéder/);
      expect((await bad({ title: 'X', startYear: 1990, endYear: 2030 })).body.fields.startYear).toMatch(/entre 2000 et 2100/);
      expect((await bad({ title: 'X', startYear: '2028', endYear: 2030 })).body.fields.startYear).toMatch(/doit être une année/);
      const taken = await bad({ title: 'Projet stratégique 2025-2027', startYear: 2025, endYear: 2027 });
      expect(taken.status).toBe(409);
      expect(taken.body.fields.title).toBe('Un projet stratégique porte déjà ce titre.');
    });

    it('refuses a non-admin with the policy’s reason', async () => {
      const response = await t.request('/plans', { method: 'POST', token: pf, json: { title: 'X', startYear: 2028, endYear: 2030 } });
      expect(response.status).toBe(403);
      expect(response.body.message).toBe(DENIAL_REASONS.planManage);
      const director = await t.login('direction@boussole.test');
      expect((await t.request('/plans/1', { method: 'PATCH', token: director, json: { title: 'X', version: 1 } })).status).toBe(403);
    });

    it('edits with a version (428 without, 409 stale with the current plan) and moves the state forward only', async () => {
      const { planId } = await buildPlan(t, admin, 'Plan à éditer', 0);
      expect((await patch(`/plans/${planId}`, { title: 'Nouveau' })).status).toBe(428);
      const v = (await plan(planId)).version;
      const edited = await patch(`/plans/${planId}`, { title: 'Plan édité', endYear: 2031 }, { 'if-match': `"${v}"` });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ title: 'Plan édité', endYear: 2031, version: v + 1 });
      expect(await lastAudit(t, 'plan', planId)).toMatchObject({ verb: 'plan.update', before: { title: 'Plan à éditer', endYear: 2030 }, after: { title: 'Plan édité', endYear: 2031 } });
      const stale = await patch(`/plans/${planId}`, { title: 'Trop tard', version: v });
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({ id: planId, title: 'Plan édité', version: v + 1 });
      const active = await patch(`/plans/${planId}`, { state: 'active', version: v + 1 });
      expect(active.body).toMatchObject({ state: 'active', version: v + 2 });
      const back = await patch(`/plans/${planId}`, { state: 'draft', version: v + 2 });
      expect(back.status).toBe(409);
      expect(back.body.message).toMatch(/ne revient pas en arrière/);
      expect((await patch(`/plans/${planId}`, { state: 'finished', version: v + 2 })).body.fields.state).toMatch(/draft/);
      // Two active plans may coexist (the next one starts while the last one ends).
      expect((await plan(planId)).state).toBe('active');
    });
  });

  describe('axes', () => {
    it('creates axes at a place, renumbering the others and their objective codes', async () => {
      const { planId, axisId, objectiveIds } = await buildPlan(t, admin, 'Plan des axes', 2);
      const director = await userId(t, 'direction@boussole.test');
      const second = await t.request(`/plans/${planId}/axes`, { method: 'POST', token: admin, json: { title: 'Deuxième axe', sponsorId: director } });
      expect(second.body).toMatchObject({ number: 2, sponsor: { id: director }, version: 1, objectives: [] });
      const first = await t.request(`/plans/${planId}/axes`, { method: 'POST', token: admin, json: { title: 'Axe inséré', number: 1 } });
      expect(first.status).toBe(201);
      const detail = await plan(planId);
      expect(detail.axes.map((a: { title: string; number: number }) => [a.number, a.title])).toEqual([[1, 'Axe inséré'], [2, 'Premier axe'], [3, 'Deuxième axe']]);
      const moved = detail.axes[1];
      expect(moved.id).toBe(axisId);
      expect(moved.version).toBe(2);
      expect(moved.objectives.map((o: { id: number; code: string }) => [o.id, o.code])).toEqual([[objectiveIds[0], '2.1'], [objectiveIds[1], '2.2']]);
      expect(moved.objectives[0].version).toBe(2);
      const far = await t.request(`/plans/${planId}/axes`, { method: 'POST', token: admin, json: { title: 'Trop loin', number: 9 } });
      expect(far.status).toBe(400);
      expect(far.body.fields.number).toBe('Le numéro d’axe est compris entre 1 et 4.');
    });

    it('moves an axis with PATCH number, the others and the objective codes follow', async () => {
      const { planId, axisId } = await buildPlan(t, admin, 'Plan à réordonner', 1);
      const b = (await t.request(`/plans/${planId}/axes`, { method: 'POST', token: admin, json: { title: 'B' } })).body;
      const c = (await t.request(`/plans/${planId}/axes`, { method: 'POST', token: admin, json: { title: 'C' } })).body;
      const response = await patch(`/axes/${c.id}`, { number: 1, version: c.version });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id: c.id, number: 1, version: c.version + 1 });
      const detail = await plan(planId);
      expect(detail.axes.map((a: { id: number }) => a.id)).toEqual([c.id, axisId, b.id]);
      expect(detail.axes[1].objectives[0].code).toBe('2.1');
      expect(await lastAudit(t, 'axis', c.id)).toMatchObject({ verb: 'axis.update', before: { number: 3 }, after: { number: 1 } });
      expect((await patch(`/axes/${c.id}`, { number: 4, version: c.version + 1 })).body.fields.number).toBe('Le numéro d’axe est compris entre 1 et 3.');
      const stale = await patch(`/axes/${c.id}`, { title: 'x', version: c.version });
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({ id: c.id, number: 1, version: c.version + 1 });
      expect((await patch(`/axes/${c.id}`, { title: 'x' })).status).toBe(428);
    });

    it('wants an active director or admin as sponsor', async () => {
      const { axisId } = await buildPlan(t, admin, 'Plan des sponsors', 0);
      const v = (await t.request(`/plans/${(await t.sql.query(`SELECT plan_id FROM axes WHERE id = $1`, [axisId])).rows[0].plan_id}`, { token: admin })).body.axes[0].version;
      const viewer = await patch(`/axes/${axisId}`, { sponsorId: await userId(t, 'lecture@boussole.test'), version: v });
      expect(viewer.status).toBe(400);
      expect(viewer.body.fields.sponsorId).toMatch(/compte actif de la direction/);
      expect((await patch(`/axes/${axisId}`, { sponsorId: 999999, version: v })).body.fields.sponsorId).toBe('Utilisateur inconnu.');
      const { rows: [former] } = await t.sql.query(
        `INSERT INTO users (email, name, role, active) VALUES ('ancienne.directrice@boussole.test', 'Ancienne Directrice', 'director', false) RETURNING id`,
      );
      expect((await patch(`/axes/${axisId}`, { sponsorId: former.id, version: v })).status).toBe(400);
      const ok = await patch(`/axes/${axisId}`, { sponsorId: await userId(t, 'direction@boussole.test'), title: 'Axe parrainé', version: v });
      expect(ok.body).toMatchObject({ title: 'Axe parrainé', sponsor: { name: 'Hélène Marchand' } });
    });

    it('deletes only an empty axis, and closes the gap', async () => {
      const { planId, axisId } = await buildPlan(t, admin, 'Plan à élaguer', 2);
      const empty = (await t.request(`/plans/${planId}/axes`, { method: 'POST', token: admin, json: { title: 'Vide', number: 1 } })).body;
      const full = (await plan(planId)).axes[1];
      expect(full.id).toBe(axisId);
      const refused = await t.request(`/axes/${axisId}`, { method: 'DELETE', token: admin, headers: { 'if-match': String(full.version) } });
      expect(refused.status).toBe(409);
      expect(refused.body.message).toBe('L’axe 2 contient encore 2 objectifs : supprimez-les ou déplacez-les d’abord, un axe ne se supprime que vide.');
      expect((await t.request(`/axes/${empty.id}`, { method: 'DELETE', token: admin })).status).toBe(428);
      expect((await t.request(`/axes/${empty.id}`, { method: 'DELETE', token: pf, headers: { 'if-match': '1' } })).status).toBe(403);
      const deleted = await t.request(`/axes/${empty.id}`, { method: 'DELETE', token: admin, json: { version: empty.version } });
      expect(deleted.status).toBe(204);
      const after = await plan(planId);
      expect(after.axes.map((a: { id: number; number: number }) => [a.id, a.number])).toEqual([[axisId, 1]]);
      expect(after.axes[0].objectives.map((o: { code: string }) => o.code)).toEqual(['1.1', '1.2']);
      expect(await lastAudit(t, 'axis', empty.id)).toMatchObject({ verb: 'axis.delete', before: { title: 'Vide', number: 1 }, after: null });
      expect((await t.request(`/axes/${empty.id}`, { method: 'DELETE', token: admin, headers: { 'if-match': '1' } })).status).toBe(404);
    });

    it('refuses to delete an axis that was validated for a cycle', async () => {
      const { planId, axisId } = await buildPlan(t, admin, 'Plan validé', 0);
      const { rows: [cycle] } = await t.sql.query(
        `INSERT INTO reporting_cycles (plan_id, label, opens_on, closes_on, state) VALUES ($1, 'T1 2028', '2028-03-16', '2028-04-10', 'closed') RETURNING id`,
        [planId],
      );
      await t.sql.query(`INSERT INTO axis_validations (cycle_id, axis_id, validated_by) VALUES ($1, $2, $3)`, [cycle.id, axisId, await userId(t, 'direction@boussole.test')]);
      const response = await t.request(`/axes/${axisId}`, { method: 'DELETE', token: admin, headers: { 'if-match': '1' } });
      expect(response.status).toBe(409);
      expect(response.body.message).toMatch(/validé pour une campagne : il a un historique/);
    });
  });

  describe('objectives', () => {
    it('creates, edits, reorders (codes follow) and deletes an empty objective', async () => {
      const { planId, axisId, objectiveIds } = await buildPlan(t, admin, 'Plan des objectifs', 3);
      const created = await t.request(`/axes/${axisId}/objectives`, { method: 'POST', token: admin, json: { title: 'Inséré', description: 'En tête', number: 1 } });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ code: '1.1', number: 1, version: 1, actionCount: 0, description: 'En tête' });
      expect(await lastAudit(t, 'objective', created.body.id)).toMatchObject({ verb: 'objective.create', after: { code: '1.1', title: 'Inséré' } });
      const codes = async () => (await plan(planId)).axes[0].objectives.map((o: { id: number; code: string }) => [o.id, o.code]);
      expect(await codes()).toEqual([[created.body.id, '1.1'], [objectiveIds[0], '1.2'], [objectiveIds[1], '1.3'], [objectiveIds[2], '1.4']]);
      const moved = await patch(`/objectives/${created.body.id}`, { number: 3, title: 'Déplacé', version: 1 });
      expect(moved.body).toMatchObject({ code: '1.3', number: 3, title: 'Déplacé', version: 2 });
      expect(await codes()).toEqual([[objectiveIds[0], '1.1'], [objectiveIds[1], '1.2'], [created.body.id, '1.3'], [objectiveIds[2], '1.4']]);
      expect(await lastAudit(t, 'objective', created.body.id)).toMatchObject({ before: { number: 1, code: '1.1', title: 'Inséré' }, after: { number: 3, code: '1.3', title: 'Déplacé' } });
      expect((await patch(`/objectives/${created.body.id}`, { title: 'x', version: 1 })).body.current).toMatchObject({ version: 2 });
      expect((await patch(`/objectives/${created.body.id}`, { title: '' , version: 2 })).body.fields.title).toBe('Le titre ne peut pas être vide.');
      expect((await t.request(`/objectives/${created.body.id}`, { method: 'PATCH', token: pf, json: { title: 'x', version: 2 } })).status).toBe(403);
      expect((await t.request(`/objectives/${created.body.id}`, { method: 'DELETE', token: admin, headers: { 'if-match': '2' } })).status).toBe(204);
      expect(await codes()).toEqual([[objectiveIds[0], '1.1'], [objectiveIds[1], '1.2'], [objectiveIds[2], '1.3']]);
    });

    it('refuses to delete an objective that holds actions', async () => {
      const { rows: [objective] } = await t.sql.query(
        `SELECT o.id, o.code, o.version, count(a.id)::int AS n FROM objectives o JOIN actions a ON a.objective_id = o.id GROUP BY o.id ORDER BY o.id LIMIT 1`,
      );
      const response = await t.request(`/objectives/${objective.id}`, { method: 'DELETE', token: admin, headers: { 'if-match': String(objective.version) } });
      expect(response.status).toBe(409);
      expect(response.body.message).toMatch(new RegExp(`^L’objectif ${objective.code.replace('.', '\\.')} contient encore ${objective.n} actions`));
      expect((await t.sql.query(`SELECT 1 FROM objectives WHERE id = $1`, [objective.id])).rowCount).toBe(1);
    });

    it('shows a new axis and objective in the roll-up at once', async () => {
      const { rows: [active] } = await t.sql.query(`SELECT id FROM plans WHERE title = 'Projet stratégique 2025-2027'`);
      const before = await t.request(`/plans/${active.id}/rollup`, { token: pf });
      expect(before.body.axes).toHaveLength(4);
      const axis = await t.request(`/plans/${active.id}/axes`, { method: 'POST', token: admin, json: { title: 'Un cinquième axe' } });
      await t.request(`/axes/${axis.body.id}/objectives`, { method: 'POST', token: admin, json: { title: 'Son objectif' } });
      // As pf's dashboard refetches on the event: no-cache, owed figures computed after the admin's writes.
      const after = await t.request(`/plans/${active.id}/rollup`, { token: pf, headers: { 'cache-control': 'no-cache' } });
      expect(after.body.axes).toHaveLength(5);
      expect(after.body.axes[4]).toMatchObject({ number: 5, title: 'Un cinquième axe', progress: null, objectives: [{ code: '5.1', progress: null }] });
    });
  });
});
