import { buildPlan, type BuiltPlan } from './support/admin-fixtures';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Two creations of the same thing at once (two admins, a double click): exactly one is made, the
 * other gets a French refusal naming the field, never a 500 — whether the service's check or the
 * database's uniqueness decides.
 */
describe('concurrent duplicates in the administration', () => {
  let t: TestApp;
  let admin: string;
  let built: BuiltPlan;
  let other: BuiltPlan;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin@boussole.test');
    built = await buildPlan(t, admin, 'Plan des doublons', 2);
    other = await buildPlan(t, admin, 'Plan voisin', 1);
  });
  afterAll(async () => t.close());

  const twice = async (path: string, json: Record<string, unknown>) => {
    const answers = await Promise.all([0, 1].map(() => t.request(path, { method: 'POST', token: admin, json })));
    return answers.map((a) => a.status).sort();
  };
  /** `refusal`: 409 where the database's uniqueness decides, or the service's own answer when it serialises the two. */
  const conflictIsFrench = async (path: string, json: Record<string, unknown>, refusal = 409) => {
    const answers = await Promise.all([0, 1].map(() => t.request(path, { method: 'POST', token: admin, json })));
    expect(answers.map((a) => a.status).sort()).toEqual([201, refusal]);
    const refused = answers.find((a) => a.status === refusal);
    expect(refused?.body.message).toMatch(/[éèà’]/);
    return refused?.body;
  };

  it('an action code: exactly one 201, the other a French 409', async () => {
    const refused = await conflictIsFrench('/actions', { objectiveId: built.objectiveIds[1], title: 'Jumelle', unitCode: 'R', code: '1.2.7' });
    expect(refused.fields).toEqual({ code: expect.stringMatching(/déjà/) });
    expect((await t.sql.query(`SELECT count(*)::int AS n FROM actions WHERE plan_id = $1 AND code = '1.2.7'`, [built.planId])).rows[0].n).toBe(1);
  });

  it('a user e-mail, a plan title: one 201 each, the other a French 409; a cycle label: the other refused as a taken label', async () => {
    expect((await conflictIsFrench('/users', { email: 'jumeau@sante.gouv.fr', name: 'Jumeau', role: 'viewer' })).fields).toEqual({ email: expect.any(String) });
    expect((await conflictIsFrench('/plans', { title: 'Plan jumeau', startYear: 2028, endYear: 2029 })).fields).toEqual({ title: expect.any(String) });
    // Cycles of a plan are created one at a time (the plan is locked): the second meets the service's check, a 400 as in cycles-admin.spec.
    expect((await conflictIsFrench('/cycles', { planId: other.planId, label: 'Jumelle', opensOn: '2029-01-01', closesOn: '2029-01-31' }, 400)).fields).toEqual({ label: 'Libellé déjà utilisé dans ce projet.' });
  });

  it('two axes or two objectives appended at once: both made or one French 409, never a 500', async () => {
    for (const statuses of [await twice(`/plans/${other.planId}/axes`, { title: 'Axe jumeau' }), await twice(`/axes/${built.axisId}/objectives`, { title: 'Objectif jumeau' })]) {
      expect([[201, 201], [201, 409]]).toContainEqual(statuses);
    }
    const { rows } = await t.sql.query(`SELECT number FROM axes WHERE plan_id = $1 ORDER BY number`, [other.planId]);
    expect(rows.map((r) => r.number)).toEqual(rows.map((_, i) => i + 1));
  });
});
