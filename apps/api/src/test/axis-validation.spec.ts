import { DENIAL_REASONS, formatDateTimeFr, validatedAxisReason } from '@boussole/domain';
import { lastAudit, listenEvents, userId } from './support/admin-fixtures';
import { createTestApp, TestApp } from './support/test-app';
import { buildValidationPlan, postUpdate, reopen, validate } from './support/validation-fixtures';

/** The validation of an axis for a cycle and its reopening (issue 10, point 2; DESIGN §2, §4, §5). */
describe('validation of an axis for a cycle', () => {
  let t: TestApp;
  let admin: string;
  let director: string;
  let pf: string;
  beforeAll(async () => {
    t = await createTestApp();
    [admin, director, pf] = await Promise.all(['admin', 'direction', 'pf'].map((u) => t.login(`${u}@boussole.test`)));
  });
  afterAll(async () => t.close());

  const validations = async (cycleId: number) => (await t.sql.query(`SELECT * FROM axis_validations WHERE cycle_id = $1 ORDER BY id`, [cycleId])).rows;

  it('validates an axis without missing updates: stored, frozen, audited on the cycle, announced, and locked', async () => {
    const plan = await buildValidationPlan(t, admin, 'Plan validé sans manque', [2, 1]);
    const [first, second] = plan.axes;
    for (const action of first.actions) expect((await postUpdate(t, pf, action.id)).status).toBe(201);
    const listener = await listenEvents(t);

    const response = await validate(t, director, plan.cycleId, first.id, { comment: '  Axe revu en comité.  ' });
    expect(response.status).toBe(201);
    const directorId = await userId(t, 'direction@boussole.test');
    expect(response.body).toEqual({
      id: expect.any(Number),
      cycleId: plan.cycleId,
      axisId: first.id,
      axisNumber: 1,
      axisTitle: 'Premier axe',
      validatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      validatedBy: { id: directorId, name: expect.any(String) },
      comment: 'Axe revu en comité.',
      justifications: [],
      reopened: null,
    });
    const [row] = await validations(plan.cycleId);
    expect(row).toMatchObject({ id: response.body.id, axis_id: first.id, validated_by: directorId, comment: 'Axe revu en comité.', justifications: [], reopened_at: null });
    // The axis's state frozen under its validation, in the same transaction.
    const { rows: snapshots } = await t.sql.query(`SELECT axis_id, validation_id FROM cycle_snapshots WHERE cycle_id = $1`, [plan.cycleId]);
    expect(snapshots).toEqual([{ axis_id: first.id, validation_id: response.body.id }]);
    expect(await lastAudit(t, 'cycle', plan.cycleId)).toMatchObject({
      verb: 'axis.validate',
      actor_id: directorId,
      before: null,
      after: { validationId: response.body.id, axisId: first.id, axisNumber: 1, comment: 'Axe revu en comité.', justifications: [] },
    });
    expect(await listener.events()).toContainEqual({ type: 'cycle.changed', planId: plan.planId, record: `cycle:${plan.cycleId}` });
    await listener.close();

    // Locked for the cycle: the page says so, and the API refuses with the same sentence.
    const reason = validatedAxisReason(1, plan.cycleLabel);
    expect((await t.request(`/actions/${first.actions[0].id}`, { token: pf })).body.lockedReason).toBe(reason);
    const refused = await postUpdate(t, pf, first.actions[0].id, 50);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toBe(reason);
    // The other axis is not: its action still expects its update, and gets it.
    expect((await t.request(`/actions/${second.actions[0].id}`, { token: pf })).body.lockedReason).toBeNull();
    expect((await postUpdate(t, pf, second.actions[0].id)).status).toBe(201);
  });

  it('needs a justification for each missing update, naming the actions, and keeps them with the actions’ codes and titles', async () => {
    const plan = await buildValidationPlan(t, admin, 'Plan des justifications', [3]);
    const [axis] = [plan.axes[0]];
    const [updated, missingA, missingB] = axis.actions;
    expect((await postUpdate(t, pf, updated.id)).status).toBe(201);

    const none = await validate(t, director, plan.cycleId, axis.id, {});
    expect(none.status).toBe(400);
    expect(none.body.message).toBe(
      `Sans point d’avancement pour la campagne T1 2026, les actions ${missingA.code} et ${missingB.code} demandent chacune une justification pour valider l’axe.`,
    );
    expect(none.body.fields).toEqual({
      [`justifications.${missingA.id}`]: `Indiquez pourquoi l’action ${missingA.code} n’a pas de point d’avancement pour la campagne.`,
      [`justifications.${missingB.id}`]: `Indiquez pourquoi l’action ${missingB.code} n’a pas de point d’avancement pour la campagne.`,
    });

    // One given, one blank (spaces only): the blank one is still missing.
    const blank = await validate(t, director, plan.cycleId, axis.id, {
      justifications: [{ actionId: missingA.id, text: 'Congés du chef de projet.' }, { actionId: missingB.id, text: '   ' }],
    });
    expect(blank.status).toBe(400);
    expect(blank.body.message).toBe(`Sans point d’avancement pour la campagne T1 2026, l’action ${missingB.code} demande une justification pour valider l’axe.`);
    expect(Object.keys(blank.body.fields)).toEqual([`justifications.${missingB.id}`]);

    // A justification for an action that has its update (or is not of the axis) is refused.
    const extra = await validate(t, director, plan.cycleId, axis.id, {
      justifications: [
        { actionId: missingA.id, text: 'Congés.' },
        { actionId: missingB.id, text: 'Arbitrage attendu.' },
        { actionId: updated.id, text: 'Superflu.' },
      ],
    });
    expect(extra.status).toBe(400);
    expect(extra.body.message).toBe(`Seules les actions de l’axe encore sans point d’avancement pour la campagne T1 2026 se justifient, pas l’action ${updated.code}.`);
    expect(Object.keys(extra.body.fields)).toEqual([`justifications.${updated.id}`]);

    // Malformed bodies are the validation pipe's: field errors, French.
    const malformed = await validate(t, director, plan.cycleId, axis.id, { justifications: [{ actionId: 'x', text: 'a' }] });
    expect(malformed.status).toBe(400);
    expect(malformed.body.fields['justifications.0.actionId']).toBe('L’action justifiée doit être un identifiant.');
    expect((await validate(t, director, plan.cycleId, axis.id, { comment: 'x'.repeat(2001) })).body.fields.comment).toBe('Le commentaire est limité à 2000 caractères.');
    expect(await validations(plan.cycleId)).toEqual([]);

    const ok = await validate(t, director, plan.cycleId, axis.id, {
      justifications: [
        { actionId: missingB.id, text: ' Arbitrage attendu. ' },
        { actionId: missingA.id, text: 'Congés du chef de projet.' },
      ],
    });
    expect(ok.status).toBe(201);
    const expected = [
      { actionId: missingA.id, code: missingA.code, title: 'Action 2 de l’axe 1', text: 'Congés du chef de projet.' },
      { actionId: missingB.id, code: missingB.code, title: 'Action 3 de l’axe 1', text: 'Arbitrage attendu.' },
    ];
    expect(ok.body.justifications).toEqual(expected);
    expect((await validations(plan.cycleId))[0].justifications).toEqual(expected);
    expect((await lastAudit(t, 'cycle', plan.cycleId)).after).toMatchObject({ justifications: expected });
  });

  it('is for directors and admins only, with the policy’s reasons', async () => {
    const plan = await buildValidationPlan(t, admin, 'Plan des droits', [0, 0]);
    for (const [email, reason] of [
      ['pf', DENIAL_REASONS.axisValidate],
      ['ars-idf', DENIAL_REASONS.axisValidate],
      ['lecture', DENIAL_REASONS.viewer],
    ]) {
      const denied = await validate(t, await t.login(`${email}@boussole.test`), plan.cycleId, plan.axes[0].id);
      expect(denied.status).toBe(403);
      expect(denied.body.message).toBe(reason);
    }
    expect(await validations(plan.cycleId)).toEqual([]);
    expect((await validate(t, admin, plan.cycleId, plan.axes[0].id)).status).toBe(201);
    expect((await validate(t, director, plan.cycleId, plan.axes[1].id)).status).toBe(201);
    expect((await validate(t, director, plan.cycleId, plan.axes[1].id)).status).toBe(409);
    expect((await t.request(`/cycles/${plan.cycleId}/axes/${plan.axes[0].id}/validate`, { method: 'POST', json: {} })).status).toBe(401);
  });

  it('refuses a second validation of the axis, naming who validated it and when', async () => {
    const plan = await buildValidationPlan(t, admin, 'Plan déjà validé', [0]);
    const first = await validate(t, director, plan.cycleId, plan.axes[0].id);
    expect(first.status).toBe(201);
    const again = await validate(t, admin, plan.cycleId, plan.axes[0].id, { comment: 'Encore' });
    expect(again.status).toBe(409);
    expect(again.body.message).toBe(
      `L’axe 1 a déjà été validé pour la campagne T1 2026, par ${first.body.validatedBy.name} le ${formatDateTimeFr(first.body.validatedAt)}.`,
    );
    expect(await validations(plan.cycleId)).toHaveLength(1);
  });

  it('validates only in an open cycle, an axis of the cycle’s plan, of a plan not archived', async () => {
    const plan = await buildValidationPlan(t, admin, 'Plan des campagnes validables', [0]);
    const axisId = plan.axes[0].id;
    const planned = await t.request('/cycles', { method: 'POST', token: admin, json: { planId: plan.planId, label: 'T1 2031', opensOn: '2031-01-01', closesOn: '2031-03-31' } });
    const notYet = await validate(t, director, planned.body.id, axisId);
    expect(notYet.status).toBe(409);
    expect(notYet.body.message).toBe('La campagne T1 2031 n’est pas encore ouverte : ses axes se valident pendant qu’elle est ouverte.');

    const other = await buildValidationPlan(t, admin, 'Un autre plan', [0]);
    const foreign = await validate(t, director, plan.cycleId, other.axes[0].id);
    expect(foreign.status).toBe(404);
    expect(foreign.body.message).toBe('Cet axe n’appartient pas au projet stratégique de la campagne T1 2026.');
    expect((await validate(t, director, plan.cycleId, 999999)).status).toBe(404);
    expect((await validate(t, director, 999999, axisId)).body).toMatchObject({ statusCode: 404, message: 'Campagne de suivi introuvable.' });
    expect((await validate(t, director, plan.cycleId, 0)).status).toBe(400);

    const closed = await t.request(`/cycles/${plan.cycleId}`, { method: 'PATCH', token: admin, json: { state: 'closed', version: 2 } });
    expect(closed.status).toBe(200);
    const late = await validate(t, director, plan.cycleId, axisId);
    expect(late.status).toBe(409);
    expect(late.body.message).toBe('La campagne T1 2026 est close : ses axes ne se valident plus.');

    // An archived plan refuses every write, this one too.
    const archived = await buildValidationPlan(t, admin, 'Plan archivé', [0]);
    for (const state of ['active', 'archived']) {
      const { version } = (await t.request(`/plans/${archived.planId}`, { token: admin })).body;
      expect((await t.request(`/plans/${archived.planId}`, { method: 'PATCH', token: admin, json: { state, version } })).status).toBe(200);
    }
    const refused = await validate(t, director, archived.cycleId, archived.axes[0].id);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(/archivé/);
    for (const id of [plan.cycleId, planned.body.id, archived.cycleId]) expect(await validations(id)).toEqual([]);
  });

  it('is reopened by an admin with a reason, kept and listed beside the next validation', async () => {
    const plan = await buildValidationPlan(t, admin, 'Plan rouvert', [1]);
    const [axis] = plan.axes;
    const [action] = axis.actions;
    const first = await validate(t, director, plan.cycleId, axis.id, { justifications: [{ actionId: action.id, text: 'En attente.' }] });
    expect(first.status).toBe(201);

    const byDirector = await reopen(t, director, plan.cycleId, axis.id);
    expect(byDirector.status).toBe(403);
    expect(byDirector.body.message).toBe('Seule l’administration rouvre un axe validé pour une campagne.');
    for (const json of [{}, { reason: '   ' }]) {
      const noReason = await reopen(t, admin, plan.cycleId, axis.id, json);
      expect(noReason.status).toBe(400);
      expect(noReason.body.fields.reason).toBe('Indiquez pourquoi l’axe est rouvert.');
    }
    expect((await validations(plan.cycleId))[0].reopened_at).toBeNull();

    const reopened = await reopen(t, admin, plan.cycleId, axis.id, { reason: ' Point reçu après la validation. ' });
    expect(reopened.status).toBe(200);
    const adminId = await userId(t, 'admin@boussole.test');
    expect(reopened.body).toMatchObject({
      id: first.body.id,
      comment: null,
      justifications: first.body.justifications,
      reopened: { at: expect.stringMatching(/^\d{4}-/), by: { id: adminId, name: expect.any(String) }, reason: 'Point reçu après la validation.' },
    });
    expect(await lastAudit(t, 'cycle', plan.cycleId)).toMatchObject({
      verb: 'axis.reopen',
      actor_id: adminId,
      before: { validationId: first.body.id, axisId: axis.id, axisNumber: 1 },
      after: { validationId: first.body.id, axisId: axis.id, axisNumber: 1, reason: 'Point reçu après la validation.' },
    });
    const nothing = await reopen(t, admin, plan.cycleId, axis.id);
    expect(nothing.status).toBe(404);
    expect(nothing.body.message).toBe('L’axe 1 n’est pas validé pour la campagne T1 2026 : il n’y a rien à rouvrir.');

    // Open again: the update comes, and the axis is validated anew without a justification.
    expect((await postUpdate(t, pf, action.id)).status).toBe(201);
    const second = await validate(t, director, plan.cycleId, axis.id);
    expect(second.status).toBe(201);
    expect(second.body.justifications).toEqual([]);
    const { rows: frozen } = await t.sql.query(`SELECT validation_id FROM cycle_snapshots WHERE cycle_id = $1 ORDER BY id`, [plan.cycleId]);
    expect(frozen.map((r) => r.validation_id)).toEqual([first.body.id, second.body.id]);

    const list = await t.request(`/cycles/${plan.cycleId}/validations`, { token: await t.login('lecture@boussole.test') });
    expect(list.status).toBe(200);
    expect(list.body.cycle).toMatchObject({ id: plan.cycleId, label: 'T1 2026', state: 'open' });
    expect(list.body.validations.map((v: { id: number; reopened: unknown }) => [v.id, v.reopened === null])).toEqual([
      [second.body.id, true],
      [first.body.id, false],
    ]);
    expect(list.body.validations[1]).toEqual(reopened.body);
    // Names as they are today.
    await t.sql.query(`UPDATE users SET name = 'Direction renommée' WHERE id = $1`, [await userId(t, 'direction@boussole.test')]);
    try {
      const renamed = await t.request(`/cycles/${plan.cycleId}/validations`, { token: admin });
      expect(renamed.body.validations[0].validatedBy.name).toBe('Direction renommée');
    } finally {
      await t.sql.query(`UPDATE users SET name = $2 WHERE id = $1`, [await userId(t, 'direction@boussole.test'), first.body.validatedBy.name]);
    }
    expect((await t.request('/cycles/999999/validations', { token: admin })).status).toBe(404);

    // A closed cycle keeps its validations as they were.
    const { version } = (await t.request(`/cycles?plan=${plan.planId}`, { token: admin })).body[0];
    expect((await t.request(`/cycles/${plan.cycleId}`, { method: 'PATCH', token: admin, json: { state: 'closed', version } })).status).toBe(200);
    const closed = await reopen(t, admin, plan.cycleId, axis.id);
    expect(closed.status).toBe(409);
    expect(closed.body.message).toBe('La campagne T1 2026 est close : ses validations restent telles qu’elles étaient à sa clôture.');
  });

  it('is refused any change but its one reopening by the database itself', async () => {
    const plan = await buildValidationPlan(t, admin, 'Plan immuable', [0, 0]);
    const standing = (await validate(t, director, plan.cycleId, plan.axes[0].id, { comment: 'Validé.' })).body;
    const refusals = [
      `UPDATE axis_validations SET comment = 'réécrit' WHERE id = ${standing.id}`,
      `UPDATE axis_validations SET validated_at = now() - interval '1 day' WHERE id = ${standing.id}`,
      `UPDATE axis_validations SET justifications = '[{"actionId": 1}]' WHERE id = ${standing.id}`,
      `DELETE FROM axis_validations WHERE id = ${standing.id}`,
      // A reopening is whole: who, when and why together.
      `UPDATE axis_validations SET reopened_at = now() WHERE id = ${standing.id}`,
      // One standing validation per cycle and axis.
      `INSERT INTO axis_validations (cycle_id, axis_id, validated_by) SELECT cycle_id, axis_id, validated_by FROM axis_validations WHERE id = ${standing.id}`,
    ];
    for (const sql of refusals) await expect(t.sql.query(sql)).rejects.toThrow();
    expect((await validations(plan.cycleId))[0]).toMatchObject({ comment: 'Validé.', reopened_at: null });

    expect((await reopen(t, admin, plan.cycleId, plan.axes[0].id)).status).toBe(200);
    for (const sql of [
      `UPDATE axis_validations SET reopen_reason = 'autre raison' WHERE id = ${standing.id}`,
      `UPDATE axis_validations SET reopened_at = NULL, reopened_by = NULL, reopen_reason = NULL WHERE id = ${standing.id}`,
      `DELETE FROM axis_validations WHERE id = ${standing.id}`,
    ]) {
      await expect(t.sql.query(sql)).rejects.toThrow();
    }
    expect((await validations(plan.cycleId))[0]).toMatchObject({ reopen_reason: 'Point reçu après la validation.' });
  });
});
