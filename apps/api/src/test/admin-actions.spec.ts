import { DENIAL_REASONS } from '@boussole/domain';
import { activePlanId, buildPlan, lastAudit, userId } from './support/admin-fixtures';
import { createTestApp, TestApp } from './support/test-app';

/** Actions managed by an admin: create, edit every field, move, reorder, regional roll-out, delete (DESIGN §2, §5). */
describe('administration of actions', () => {
  let t: TestApp;
  let admin: string;
  let planId: number;
  let objective: { id: number; code: string; axis_id: number };
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin@boussole.test');
    planId = await activePlanId(t);
    objective = (await t.sql.query(
      `SELECT o.id, o.code, o.axis_id FROM objectives o JOIN axes a ON a.id = o.axis_id WHERE a.plan_id = $1 AND a.number = 2 ORDER BY o.number LIMIT 1`,
      [planId],
    )).rows[0];
  });
  afterAll(async () => t.close());

  const create = (json: Record<string, unknown>, token = admin) => t.request('/actions', { method: 'POST', token, json });
  const patch = (id: number, json: Record<string, unknown>, token = admin) => t.request(`/actions/${id}`, { method: 'PATCH', token, json });
  const get = async (id: number) => (await t.request(`/actions/${id}`, { token: admin })).body;
  const order = async (objectiveId: number) =>
    (await t.request(`/actions?objective=${objectiveId}&sort=position&pageSize=200`, { token: admin })).body.map((a: { id: number; position: number }) => [a.id, a.position]);
  const deploymentCount = async (id: number) => (await t.sql.query(`SELECT count(*)::int AS n FROM regional_deployments WHERE action_id = $1`, [id])).rows[0].n;

  describe('creation', () => {
    it('creates an action at the end of its objective with the next free code, audited, in the roll-up at once', async () => {
      const before = await order(objective.id);
      const rollupBefore = (await t.request(`/plans/${planId}/rollup`, { token: admin })).body;
      const { rows: [max] } = await t.sql.query(
        `SELECT max(split_part(code, '.', 3)::int) AS n FROM actions WHERE plan_id = $1 AND code LIKE $2 || '.%'`,
        [planId, objective.code],
      );
      const owner = await userId(t, 'pf@boussole.test');
      const response = await create({
        objectiveId: objective.id, title: '  Nouvelle action de financement ', description: 'Un modèle plus simple.', unitCode: 'PF', ownerId: owner,
        startDate: '2026-01-01', dueDate: '2027-06-30', weight: 2.5,
      });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        code: `${objective.code}.${max.n + 1}`, title: 'Nouvelle action de financement', planId, axisId: objective.axis_id, objectiveId: objective.id,
        unit: { code: 'PF' }, owner: { id: owner }, weight: 2.5, regional: false, status: 'not_started', progress: 0, version: 1, position: before.length,
      });
      const id = response.body.id;
      expect(await order(objective.id)).toEqual([...before, [id, before.length]]);
      expect(await lastAudit(t, 'action', id)).toMatchObject({ verb: 'action.create', before: null, after: { objectiveId: objective.id, unitCode: 'PF', weight: 2.5, regional: false } });
      const rollup = (await t.request(`/plans/${planId}/rollup`, { token: admin })).body;
      expect(rollup.plan.actionCount).toBe(rollupBefore.plan.actionCount + 1);
      const explained = await t.request(`/plans/${planId}/rollup/explain?node=objective:${rollup.axes[1].objectives[0].id}&pageSize=200`, { token: admin });
      expect(explained.body.counted.map((c: { actionId: number }) => c.actionId)).toContain(id);
    });

    it('creates the 18 deployments, not started, of a regional action', async () => {
      const response = await create({ objectiveId: objective.id, title: 'Action régionale', unitCode: 'R', regional: true });
      expect(response.status).toBe(201);
      const regions = (await t.request(`/actions/${response.body.id}/regions`, { token: admin })).body.deployments;
      expect(regions).toHaveLength(18);
      expect(regions.every((d: { status: string; progress: number; version: number }) => d.status === 'not_started' && d.progress === 0 && d.version === 1)).toBe(true);
    });

    it('validates every field in French', async () => {
      const base = { objectiveId: objective.id, title: 'Action', unitCode: 'R' };
      const field = async (json: Record<string, unknown>, name: string) => {
        const response = await create({ ...base, ...json });
        expect(response.status).toBe(400);
        return response.body.fields[name];
      };
      expect(await field({ startDate: '2027-01-01', dueDate: '2026-12-31' }, 'dueDate')).toBe('L’échéance ne peut pas précéder la date de début.');
      expect(await field({ dueDate: '2026-02-30' }, 'dueDate')).toMatch(/date réelle/);
      expect(await field({ weight: 0 }, 'weight')).toMatch(/strictement positif/);
      expect(await field({ weight: 100.5 }, 'weight')).toBe('Le poids est compris entre 0 (exclu) et 100.');
      expect(await field({ weight: 'lourd' }, 'weight')).toMatch(/doit être un nombre/);
      expect(await field({ unitCode: 'XYZ' }, 'unitCode')).toBe('La sous-direction est l’une de : PF, RH, R, Q, N, DNS.');
      expect(await field({ code: '1.2' }, 'code')).toMatch(/axe\.objectif\.numéro/);
      expect(await field({ title: '  ' }, 'title')).toBe('Le titre est obligatoire.');
      expect(await field({ objectiveId: 999999 }, 'objectiveId')).toBe('Objectif introuvable.');
      expect(await field({ regional: 'oui' }, 'regional')).toMatch(/true ou false/);
      expect(await field({ surprise: 1 }, 'surprise')).toMatch(/n’est pas attendu/);
    });

    it('wants an owner who is active and may update the action of its unit', async () => {
      const base = { objectiveId: objective.id, title: 'Action à confier', unitCode: 'R' };
      const owner = async (email: string) => create({ ...base, ownerId: await userId(t, email) });
      for (const email of ['pf@boussole.test', 'ars-idf@boussole.test', 'lecture@boussole.test']) {
        const refused = await owner(email);
        expect(refused.status).toBe(400);
        expect(refused.body.fields.ownerId).toBe('Le responsable doit pouvoir mettre à jour l’action : un·e chef·fe de projet de la sous-direction R, la direction ou l’administration.');
      }
      for (const email of ['r@boussole.test', 'direction@boussole.test', 'admin@boussole.test']) expect((await owner(email)).status).toBe(201);
      expect((await create({ ...base, ownerId: 999999 })).body.fields.ownerId).toBe('Utilisateur inconnu.');
      const { rows: [former] } = await t.sql.query(
        `INSERT INTO users (email, name, role, unit_id, active) SELECT 'ancien.r@boussole.test', 'Ancien R', 'project_manager', id, false FROM units WHERE code = 'R' RETURNING id`,
      );
      expect((await create({ ...base, ownerId: former.id })).body.fields.ownerId).toBe('Compte désactivé.');
    });

    it('keeps codes unique in the plan, and may reuse a code of another plan', async () => {
      const { rows: [taken] } = await t.sql.query(`SELECT code FROM actions WHERE plan_id = $1 AND code LIKE '2.%' ORDER BY id LIMIT 1`, [planId]);
      const conflict = await create({ objectiveId: objective.id, title: 'Doublon', unitCode: 'R', code: taken.code });
      expect(conflict.status).toBe(409);
      expect(conflict.body.fields.code).toBe(`Le code ${taken.code} est déjà celui d’une autre action de ce projet stratégique.`);
      const other = await buildPlan(t, admin, 'Plan aux codes libres', 1);
      expect((await create({ objectiveId: other.objectiveIds[0], title: 'Même code, autre plan', unitCode: 'R', code: taken.code })).status).toBe(201);
      expect((await create({ objectiveId: other.objectiveIds[0], title: 'Code par défaut', unitCode: 'R' })).body.code).toBe('1.1.1');
    });

    it('refuses a non-admin', async () => {
      const response = await create({ objectiveId: objective.id, title: 'Action', unitCode: 'R' }, await t.login('r@boussole.test'));
      expect(response.status).toBe(403);
      expect(response.body.message).toBe(DENIAL_REASONS.planManage);
    });
  });

  describe('moving and reordering', () => {
    it('moves an action with its history, comments, milestones and deployments to another objective of the plan', async () => {
      const { rows: [source] } = await t.sql.query(
        `SELECT a.id, a.objective_id, a.axis_id FROM actions a
          WHERE a.plan_id = $1 AND a.regional
            AND EXISTS (SELECT 1 FROM comments c WHERE c.action_id = a.id) AND EXISTS (SELECT 1 FROM milestones m WHERE m.action_id = a.id)
            AND EXISTS (SELECT 1 FROM status_updates u WHERE u.action_id = a.id)
          ORDER BY a.id LIMIT 1`,
        [planId],
      );
      const { rows: [target] } = await t.sql.query(
        `SELECT o.id, o.axis_id FROM objectives o JOIN axes a ON a.id = o.axis_id WHERE a.plan_id = $1 AND o.axis_id <> $2 ORDER BY o.id DESC LIMIT 1`,
        [planId, source.axis_id],
      );
      const counts = async () => (await t.sql.query(
        `SELECT (SELECT count(*)::int FROM status_updates WHERE action_id = $1) AS updates, (SELECT count(*)::int FROM comments WHERE action_id = $1) AS comments,
                (SELECT count(*)::int FROM milestones WHERE action_id = $1) AS milestones,
                (SELECT json_agg(json_build_object('r', region_code, 'p', progress, 'v', version) ORDER BY region_code) FROM regional_deployments WHERE action_id = $1) AS deployments`,
        [source.id],
      )).rows[0];
      const before = await counts();
      const action = await get(source.id);
      const targetOrder = await order(target.id);
      const response = await patch(source.id, { objectiveId: target.id, version: action.version });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id: source.id, code: action.code, objectiveId: target.id, axisId: target.axis_id, status: action.status, progress: action.progress, version: action.version + 1 });
      expect(response.body.milestones).toHaveLength(before.milestones);
      expect(await counts()).toEqual(before);
      expect(await order(target.id)).toEqual([...targetOrder, [source.id, targetOrder.length]]);
      const left = await order(source.objective_id);
      expect(left.map(([, position]: number[]) => position)).toEqual(left.map((_: unknown, i: number) => i));
      expect(await lastAudit(t, 'action', source.id)).toMatchObject({
        verb: 'action.update', before: { objectiveId: source.objective_id, position: action.position }, after: { objectiveId: target.id, position: targetOrder.length },
      });
      const history = await t.request(`/actions/${source.id}/updates`, { token: admin });
      expect(history.body).toHaveLength(before.updates);
      // The roll-up counts it under its new axis at once.
      const rollup = (await t.request(`/plans/${planId}/rollup`, { token: admin })).body;
      const axis = rollup.axes.find((a: { id: number }) => a.id === target.axis_id);
      const explained = await t.request(`/plans/${planId}/rollup/explain?node=axis:${axis.id}&pageSize=200`, { token: admin });
      expect(explained.body.counted.concat(explained.body.excluded).map((c: { actionId: number }) => c.actionId)).toContain(source.id);
    });

    it('moves only inside the same plan', async () => {
      const other = await buildPlan(t, admin, 'Plan étranger', 1);
      const { rows: [a] } = await t.sql.query(`SELECT id, version FROM actions WHERE plan_id = $1 ORDER BY id LIMIT 1`, [planId]);
      const response = await patch(a.id, { objectiveId: other.objectiveIds[0], version: a.version });
      expect(response.status).toBe(400);
      expect(response.body.fields.objectiveId).toBe('Objectif d’un autre projet stratégique.');
    });

    it('reorders an action inside its objective', async () => {
      const initial = await order(objective.id);
      const [lastId] = initial[initial.length - 1];
      const last = await get(lastId);
      const response = await patch(lastId, { position: 0, version: last.version });
      expect(response.status).toBe(200);
      expect(response.body.position).toBe(0);
      expect((await order(objective.id)).map(([id]: number[]) => id)).toEqual([lastId, ...initial.slice(0, -1).map(([id]: number[]) => id)]);
      const far = await patch(lastId, { position: initial.length, version: last.version + 1 });
      expect(far.status).toBe(400);
      expect(far.body.fields.position).toBe(`La place est comprise entre 0 et ${initial.length - 1}.`);
    });

    it('refuses the admin fields to a project manager with the policy’s reason, and still lets them edit theirs', async () => {
      const r = await t.login('r@boussole.test');
      const { rows: [a] } = await t.sql.query(
        `SELECT a.id, a.version FROM actions a JOIN units u ON u.id = a.unit_id WHERE u.code = 'R' AND a.plan_id = $1 ORDER BY a.id LIMIT 1`,
        [planId],
      );
      for (const json of [{ objectiveId: objective.id }, { position: 0 }, { unitCode: 'PF' }, { regional: true }, { code: '9.9.9' }]) {
        const response = await patch(a.id, { ...json, version: a.version }, r);
        expect(response.status).toBe(403);
        expect(response.body.message).toBe(DENIAL_REASONS.planManage);
      }
      expect((await patch(a.id, { title: 'Titre revu par la sous-direction', version: a.version }, r)).status).toBe(200);
      const stale = await patch(a.id, { objectiveId: objective.id, version: a.version });
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({ id: a.id, version: a.version + 1 });
      expect((await patch(a.id, { objectiveId: objective.id })).status).toBe(428);
    });
  });

  describe('unit, code and regional roll-out', () => {
    it('changes the unit only with an owner who may update it', async () => {
      const rOwner = await userId(t, 'r@boussole.test');
      const created = (await create({ objectiveId: objective.id, title: 'Action qui change de main', unitCode: 'R', ownerId: rOwner })).body;
      const refused = await patch(created.id, { unitCode: 'PF', version: 1 });
      expect(refused.status).toBe(400);
      expect(refused.body.fields.ownerId).toMatch(/Le responsable actuel ne peut pas mettre à jour une action de la sous-direction PF/);
      const pfOwner = await userId(t, 'pf@boussole.test');
      const moved = await patch(created.id, { unitCode: 'PF', ownerId: pfOwner, version: 1 });
      expect(moved.body).toMatchObject({ unit: { code: 'PF' }, owner: { id: pfOwner }, version: 2 });
      expect(await lastAudit(t, 'action', created.id)).toMatchObject({ before: { unitCode: 'R', ownerId: rOwner }, after: { unitCode: 'PF', ownerId: pfOwner } });
      const pf = await t.login('pf@boussole.test');
      expect((await t.request(`/actions/${created.id}/updates`, { method: 'POST', token: pf, json: { status: 'on_track', progress: 10, narrative: 'Lancée.', version: 2 } })).status).toBe(201);
    });

    it('changes the code, unique in the plan', async () => {
      const created = (await create({ objectiveId: objective.id, title: 'Action recodée', unitCode: 'Q' })).body;
      const { rows: [taken] } = await t.sql.query(`SELECT code FROM actions WHERE plan_id = $1 AND id <> $2 ORDER BY id LIMIT 1`, [planId, created.id]);
      expect((await patch(created.id, { code: taken.code, version: 1 })).status).toBe(409);
      expect((await patch(created.id, { code: '2.1.99', version: 1 })).body).toMatchObject({ code: '2.1.99', version: 2 });
    });

    it('turns regional on (18 deployments) and off while no deployment has history, then refuses', async () => {
      const created = (await create({ objectiveId: objective.id, title: 'Bientôt régionale', unitCode: 'N' })).body;
      expect(await deploymentCount(created.id)).toBe(0);
      expect((await patch(created.id, { regional: true, version: 1 })).body).toMatchObject({ regional: true, version: 2 });
      expect(await deploymentCount(created.id)).toBe(18);
      expect((await patch(created.id, { regional: false, version: 2 })).body).toMatchObject({ regional: false, version: 3 });
      expect(await deploymentCount(created.id)).toBe(0);
      expect((await patch(created.id, { regional: true, version: 3 })).status).toBe(200);
      const bretagne = await t.login('ars-bretagne@boussole.test');
      const reported = await t.request(`/actions/${created.id}/regions/53`, { method: 'PATCH', token: bretagne, json: { status: 'on_track', progress: 20, narrative: 'Démarré.', version: 1 } });
      expect(reported.status).toBe(200);
      const refused = await patch(created.id, { regional: false, version: 4 });
      expect(refused.status).toBe(409);
      expect(refused.body.message).toBe(`Le déploiement régional de l’action ${created.code} a déjà un historique (1 région renseignée) : elle ne peut plus cesser d’être régionale.`);
      expect(await deploymentCount(created.id)).toBe(18);
    });

    it('refuses to turn off a deployment that was only commented', async () => {
      const created = (await create({ objectiveId: objective.id, title: 'Régionale commentée', unitCode: 'N', regional: true })).body;
      const idf = await t.login('ars-idf@boussole.test');
      expect((await t.request(`/actions/${created.id}/regions/11/comments`, { method: 'POST', token: idf, json: { kind: 'general', text: 'Nous commençons.' } })).status).toBe(201);
      const refused = await patch(created.id, { regional: false, version: 1 });
      expect(refused.status).toBe(409);
      expect(refused.body.message).toMatch(/1 commentaire régional/);
    });
  });

  describe('deletion', () => {
    it('deletes an action without history, with its milestones, and closes the gap', async () => {
      const created = (await create({ objectiveId: objective.id, title: 'Action éphémère', unitCode: 'RH', regional: true })).body;
      await t.request(`/actions/${created.id}/milestones`, { method: 'POST', token: admin, json: { title: 'Étape prévue', plannedDate: '2027-01-15' } });
      expect((await t.request(`/actions/${created.id}`, { method: 'DELETE', token: admin })).status).toBe(428);
      expect((await t.request(`/actions/${created.id}`, { method: 'DELETE', token: await t.login('rh@boussole.test'), headers: { 'if-match': '1' } })).status).toBe(403);
      const stale = await t.request(`/actions/${created.id}`, { method: 'DELETE', token: admin, headers: { 'if-match': '7' } });
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({ id: created.id, version: 1 });
      expect((await t.request(`/actions/${created.id}`, { method: 'DELETE', token: admin, headers: { 'if-match': '1' } })).status).toBe(204);
      expect((await t.request(`/actions/${created.id}`, { token: admin })).status).toBe(404);
      expect((await t.sql.query(`SELECT count(*)::int AS n FROM milestones WHERE action_id = $1`, [created.id])).rows[0].n).toBe(0);
      const positions = (await order(objective.id)).map(([, p]: number[]) => p);
      expect(positions).toEqual(positions.map((_: unknown, i: number) => i));
      expect(await lastAudit(t, 'action', created.id)).toMatchObject({ verb: 'action.delete', before: { code: created.code, title: 'Action éphémère' }, after: null });
    });

    it('refuses to delete an action with history, and says to abandon it or archive the plan', async () => {
      const { rows: [a] } = await t.sql.query(
        `SELECT a.id, a.code, a.version, (SELECT count(*)::int FROM status_updates u WHERE u.action_id = a.id) AS updates
           FROM actions a WHERE a.plan_id = $1 AND NOT EXISTS (SELECT 1 FROM comments c WHERE c.action_id = a.id)
            AND NOT EXISTS (SELECT 1 FROM milestones m WHERE m.action_id = a.id AND m.done) AND NOT a.regional
            AND NOT EXISTS (SELECT 1 FROM indicators i WHERE i.action_id = a.id) AND EXISTS (SELECT 1 FROM status_updates u WHERE u.action_id = a.id)
          ORDER BY a.id LIMIT 1`,
        [planId],
      );
      const response = await t.request(`/actions/${a.id}`, { method: 'DELETE', token: admin, headers: { 'if-match': String(a.version) } });
      expect(response.status).toBe(409);
      expect(response.body.message).toBe(
        `L’action ${a.code} a un historique (${a.updates} point${a.updates > 1 ? 's' : ''} d’avancement) : elle ne peut pas être supprimée. Abandonnez-la plutôt (un point d’avancement « Abandonnée »), ou archivez le projet stratégique.`,
      );
      const commented = (await create({ objectiveId: objective.id, title: 'Action commentée', unitCode: 'RH' })).body;
      await t.request(`/actions/${commented.id}/comments`, { method: 'POST', token: admin, json: { kind: 'general', text: 'Un mot.' } });
      expect((await t.request(`/actions/${commented.id}`, { method: 'DELETE', token: admin, headers: { 'if-match': '1' } })).body.message).toMatch(/\(1 commentaire\)/);
      expect((await t.request(`/actions/${commented.id}`, { token: admin })).status).toBe(200);
    });

    it('refuses to delete an action that carries an indicator', async () => {
      const created = (await create({ objectiveId: objective.id, title: 'Action mesurée', unitCode: 'RH' })).body;
      await t.sql.query(
        `INSERT INTO indicators (plan_id, action_id, name, unit, baseline_value, baseline_date, target_value, target_date, periodicity)
         VALUES ($1, $2, 'Taux', '%', 10, '2025-01-01', 50, '2027-12-31', 'year')`,
        [planId, created.id],
      );
      const response = await t.request(`/actions/${created.id}`, { method: 'DELETE', token: admin, headers: { 'if-match': '1' } });
      expect(response.status).toBe(409);
      expect(response.body.message).toBe(`L’action ${created.code} porte encore 1 indicateur : supprimez-le ou rattachez-le ailleurs d’abord.`);
    });
  });
});
