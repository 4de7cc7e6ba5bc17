import { activePlanId } from './support/admin-fixtures';
import { createTestApp, TestApp, TestResponse } from './support/test-app';

const ARCHIVED = /^Ce projet stratégique est archivé : /;

/** An archived plan is read-only: every write to it or to anything under it is a 409 with a French reason. */
describe('archived plan', () => {
  let t: TestApp;
  let admin: string;
  let planId: number;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin@boussole.test');
    planId = await activePlanId(t);
  });
  afterAll(async () => t.close());

  const refused = (response: TestResponse) => {
    expect({ status: response.status, message: response.body?.message }).toEqual({ status: 409, message: expect.stringMatching(ARCHIVED) });
  };

  it('refuses every write to the demo plan archived in 2017', async () => {
    const { rows: [old] } = await t.sql.query(`SELECT p.id, p.version, a.id AS axis_id, a.version AS axis_version FROM plans p JOIN axes a ON a.plan_id = p.id WHERE p.state = 'archived' ORDER BY a.number LIMIT 1`);
    refused(await t.request(`/plans/${old.id}`, { method: 'PATCH', token: admin, json: { title: 'Rouvert', version: old.version } }));
    refused(await t.request(`/plans/${old.id}/axes`, { method: 'POST', token: admin, json: { title: 'Un axe de plus' } }));
    refused(await t.request(`/axes/${old.axis_id}`, { method: 'PATCH', token: admin, json: { title: 'Renommé', version: old.axis_version } }));
    refused(await t.request('/cycles', { method: 'POST', token: admin, json: { planId: old.id, label: 'T1 2016', opensOn: '2016-03-16', closesOn: '2016-04-10' } }));
  });

  it('once a plan is archived, refuses status updates, edits, milestones, deployments, comments, measurements, structure, indicators and cycles', async () => {
    // What the writes below aim at, prepared while the plan is active.
    const { rows: [regional] } = await t.sql.query(
      `SELECT a.id, a.version, a.objective_id, a.axis_id, u.code AS unit FROM actions a JOIN units u ON u.id = a.unit_id
        WHERE a.plan_id = $1 AND a.regional AND a.status NOT IN ('done', 'abandoned') ORDER BY a.id LIMIT 1`,
      [planId],
    );
    const owner = await t.login(`${regional.unit.toLowerCase()}@boussole.test`);
    const bretagne = await t.login('ars-bretagne@boussole.test');
    const director = await t.login('direction@boussole.test');
    const milestone = (await t.request(`/actions/${regional.id}/milestones`, { method: 'POST', token: owner, json: { title: 'Étape', plannedDate: '2027-03-01' } })).body;
    const comment = (await t.request(`/actions/${regional.id}/regions/53/comments`, { method: 'POST', token: bretagne, json: { kind: 'general', text: 'Avant l’archivage.' } })).body;
    const action = (await t.request(`/actions/${regional.id}`, { token: admin })).body;
    const deployment = (await t.request(`/actions/${regional.id}/regions`, { token: admin })).body.deployments.find((d: { regionCode: string }) => d.regionCode === '53');
    const { rows: [indicator] } = await t.sql.query(`SELECT id, version FROM indicators WHERE plan_id = $1 AND regional ORDER BY id LIMIT 1`, [planId]);
    const { rows: [axis] } = await t.sql.query(`SELECT id, version FROM axes WHERE id = $1`, [regional.axis_id]);
    const { rows: [objective] } = await t.sql.query(`SELECT id, version FROM objectives WHERE id = $1`, [regional.objective_id]);
    const { rows: [cycle] } = await t.sql.query(`SELECT id, version FROM reporting_cycles WHERE plan_id = $1 AND state = 'open'`, [planId]);
    const plan = (await t.request(`/plans/${planId}`, { token: admin })).body;

    const archived = await t.request(`/plans/${planId}`, { method: 'PATCH', token: admin, json: { state: 'archived', version: plan.version } });
    expect(archived.status).toBe(200);
    expect(archived.body).toMatchObject({ state: 'archived', version: plan.version + 1 });
    // Sign-ins are audited too: count the plan's records only.
    const auditCount = async () => (await t.sql.query(`SELECT count(*)::int AS n FROM audit_events WHERE verb NOT LIKE 'auth.%'`)).rows[0].n;
    const audits = await auditCount();

    // The tracking loop.
    refused(await t.request(`/actions/${regional.id}/updates`, { method: 'POST', token: owner, json: { status: 'on_track', progress: action.progress, narrative: 'x', version: action.version } }));
    refused(await t.request(`/actions/${regional.id}`, { method: 'PATCH', token: owner, json: { title: 'Renommée', version: action.version } }));
    refused(await t.request(`/actions/${regional.id}/milestones`, { method: 'POST', token: owner, json: { title: 'Autre', plannedDate: '2027-04-01' } }));
    refused(await t.request(`/actions/${regional.id}/milestones/${milestone.id}`, { method: 'PATCH', token: owner, json: { title: 'Revue' } }));
    refused(await t.request(`/actions/${regional.id}/milestones/${milestone.id}`, { method: 'DELETE', token: owner }));
    refused(await t.request(`/actions/${regional.id}/regions/53`, { method: 'PATCH', token: bretagne, json: { progress: 90, narrative: 'x', version: deployment.version } }));
    refused(await t.request(`/actions/${regional.id}/comments`, { method: 'POST', token: bretagne, json: { kind: 'general', text: 'Trop tard.' } }));
    refused(await t.request(`/actions/${regional.id}/regions/53/comments`, { method: 'POST', token: bretagne, json: { kind: 'general', text: 'Trop tard.' } }));
    refused(await t.request(`/comments/${comment.id}`, { method: 'PATCH', token: bretagne, json: { text: 'Corrigé.' } }));
    refused(await t.request(`/comments/${comment.id}`, { method: 'DELETE', token: bretagne }));
    refused(await t.request(`/indicators/${indicator.id}/measurements`, { method: 'POST', token: bretagne, json: { period: '2026-01-01', value: 12, regionCode: '53' } }));
    refused(await t.request(`/indicators/${indicator.id}/measurements`, { method: 'POST', token: director, json: { period: '2026-01-01', value: 12 } }));

    // The administration of its structure, indicators and cycles, and of the plan itself.
    refused(await t.request(`/plans/${planId}`, { method: 'PATCH', token: admin, json: { title: 'Rouvert', version: plan.version + 1 } }));
    refused(await t.request(`/plans/${planId}/axes`, { method: 'POST', token: admin, json: { title: 'Un axe de plus' } }));
    refused(await t.request(`/axes/${axis.id}`, { method: 'PATCH', token: admin, json: { title: 'Renommé', version: axis.version } }));
    refused(await t.request(`/axes/${axis.id}`, { method: 'DELETE', token: admin, headers: { 'if-match': String(axis.version) } }));
    refused(await t.request(`/axes/${axis.id}/objectives`, { method: 'POST', token: admin, json: { title: 'Un objectif de plus' } }));
    refused(await t.request(`/objectives/${objective.id}`, { method: 'PATCH', token: admin, json: { number: 1, version: objective.version } }));
    refused(await t.request(`/objectives/${objective.id}`, { method: 'DELETE', token: admin, headers: { 'if-match': String(objective.version) } }));
    refused(await t.request('/actions', { method: 'POST', token: admin, json: { objectiveId: objective.id, title: 'Nouvelle', unitCode: 'PF' } }));
    refused(await t.request(`/actions/${regional.id}`, { method: 'PATCH', token: admin, json: { position: 0, version: action.version } }));
    refused(await t.request(`/actions/${regional.id}`, { method: 'DELETE', token: admin, headers: { 'if-match': String(action.version) } }));
    refused(await t.request('/indicators', {
      method: 'POST', token: admin,
      json: { planId, attachedTo: { kind: 'plan' }, name: 'X', unit: '%', baselineValue: 0, baselineDate: '2025-01-01', targetValue: 1, targetDate: '2027-01-01', periodicity: 'year' },
    }));
    refused(await t.request(`/indicators/${indicator.id}`, { method: 'PATCH', token: admin, json: { name: 'Renommé', version: indicator.version } }));
    refused(await t.request(`/indicators/${indicator.id}`, { method: 'DELETE', token: admin, headers: { 'if-match': String(indicator.version) } }));
    refused(await t.request('/cycles', { method: 'POST', token: admin, json: { planId, label: 'T9 2030', opensOn: '2030-01-01', closesOn: '2030-01-10' } }));
    refused(await t.request(`/cycles/${cycle.id}`, { method: 'PATCH', token: admin, json: { state: 'closed', version: cycle.version } }));

    // Nothing was written, and everything still reads.
    expect(await auditCount()).toBe(audits);
    expect(action.lockedReason).toBeNull();
    expect(action.planState).toBe('active');
    // The action's page is told before anyone types an update (or a comment) the API would refuse.
    expect((await t.request(`/actions/${regional.id}`, { token: owner })).body).toMatchObject({
      version: action.version, title: action.title, lockedReason: expect.stringMatching(ARCHIVED), planState: 'archived',
    });
    expect((await t.request(`/plans/${planId}/rollup`, { token: owner })).status).toBe(200);
    expect((await t.request(`/actions/${regional.id}/regions/53/comments`, { token: bretagne })).body.map((c: { id: number }) => c.id)).toContain(comment.id);
    // A project manager is refused for their right first (403), then for the archive.
    const other = await t.login(regional.unit === 'PF' ? 'rh@boussole.test' : 'pf@boussole.test');
    expect((await t.request(`/actions/${regional.id}`, { method: 'PATCH', token: other, json: { title: 'x', version: action.version } })).status).toBe(403);
  });
});
