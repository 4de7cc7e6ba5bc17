import { validatedAxisReason } from '@boussole/domain';
import type { PoolClient } from 'pg';
import { userId } from './support/admin-fixtures';
import { createTestApp, TestApp, TestResponse } from './support/test-app';
import { buildValidationPlan, postUpdate, reopen, validate, type ValidationPlan } from './support/validation-fixtures';

/**
 * Every write that would change an axis validated for the open cycle is refused (409) with the one
 * French sentence, writes nothing, and goes through again once an admin reopens the axis; the
 * other axes are not touched by the lock (issue 10, point 2).
 */
describe('writes on an axis validated for the open cycle', () => {
  let t: TestApp;
  let admin: string;
  let director: string;
  let pf: string;
  let liaison: string;
  let plan: ValidationPlan;
  let reason: string;
  /** Axis 1 (validated): a regional action, two national ones; axis 2 (not validated): the same minus one. */
  let a: { axisId: number; objectiveId: number; regional: number; edited: number; other: number };
  let b: { axisId: number; objectiveId: number; regional: number; edited: number };
  const ind: Record<'axis' | 'objective' | 'action' | 'deletable' | 'movable' | 'other', number> = {
    axis: 0, objective: 0, action: 0, deletable: 0, movable: 0, other: 0,
  };
  let milestoneId: number;

  const json = async (token: string, method: string, path: string, body: Record<string, unknown> = {}): Promise<TestResponse> =>
    t.request(path, { method, token, json: body });
  const versionOf = async (path: string): Promise<number> => (await t.request(path, { token: admin })).body.version;
  const deploymentVersion = async (actionId: number, code: string): Promise<number> =>
    (await t.request(`/actions/${actionId}/regions`, { token: admin })).body.deployments.find((d: { regionCode: string }) => d.regionCode === code).version;

  const indicator = async (attachedTo: { kind: string; id: number }, name: string, regional = false): Promise<number> => {
    const response = await json(admin, 'POST', '/indicators', {
      planId: plan.planId, attachedTo, name, unit: '%', baselineValue: 0, baselineDate: '2025-01-01', targetValue: 100, targetDate: '2027-12-31', periodicity: 'month', regional,
    });
    if (response.status !== 201) throw new Error(`indicator: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.id;
  };

  beforeAll(async () => {
    t = await createTestApp();
    [admin, director, pf, liaison] = await Promise.all(['admin', 'direction', 'pf', 'ars-idf'].map((u) => t.login(`${u}@boussole.test`)));
    plan = await buildValidationPlan(t, admin, 'Plan verrouillé', [3, 2], { regional: 1 });
    const [first, second] = plan.axes;
    a = { axisId: first.id, objectiveId: first.objectiveId, regional: first.actions[0].id, edited: first.actions[1].id, other: first.actions[2].id };
    b = { axisId: second.id, objectiveId: second.objectiveId, regional: second.actions[0].id, edited: second.actions[1].id };
    ind.axis = await indicator({ kind: 'axis', id: a.axisId }, 'Indicateur de l’axe', true);
    ind.objective = await indicator({ kind: 'objective', id: a.objectiveId }, 'Indicateur de l’objectif');
    ind.action = await indicator({ kind: 'action', id: a.edited }, 'Indicateur de l’action');
    ind.deletable = await indicator({ kind: 'action', id: a.other }, 'Indicateur à supprimer');
    ind.movable = await indicator({ kind: 'axis', id: b.axisId }, 'Indicateur à rattacher');
    ind.other = await indicator({ kind: 'action', id: b.edited }, 'Indicateur de l’autre axe');
    milestoneId = (await json(pf, 'POST', `/actions/${a.edited}/milestones`, { title: 'Jalon', plannedDate: '2027-06-30' })).body.id;
    const justifications = plan.axes[0].actions.map((action) => ({ actionId: action.id, text: 'Revue orale en comité.' }));
    expect((await validate(t, director, plan.cycleId, a.axisId, { justifications })).status).toBe(201);
    reason = validatedAxisReason(1, plan.cycleLabel);
  });
  afterAll(async () => t.close());

  /** Everything the writes below could touch, read straight from the database. */
  async function state(): Promise<unknown> {
    const q = async (sql: string) => (await t.sql.query(sql, [plan.planId])).rows;
    return {
      actions: await q(`SELECT id, code, title, version, objective_id, axis_id, position FROM actions WHERE plan_id = $1 ORDER BY id`),
      updates: await q(`SELECT s.id FROM status_updates s JOIN actions a ON a.id = s.action_id WHERE a.plan_id = $1 ORDER BY s.id`),
      milestones: await q(`SELECT m.id, m.title, m.planned_date FROM milestones m JOIN actions a ON a.id = m.action_id WHERE a.plan_id = $1 ORDER BY m.id`),
      deployments: await q(`SELECT d.action_id, d.region_code, d.version FROM regional_deployments d JOIN actions a ON a.id = d.action_id WHERE a.plan_id = $1 ORDER BY 1, 2`),
      indicators: await q(`SELECT id, name, version, axis_id, objective_id, action_id FROM indicators WHERE plan_id = $1 ORDER BY id`),
      measurements: await q(`SELECT m.id, m.value FROM measurements m JOIN indicators i ON i.id = m.indicator_id WHERE i.plan_id = $1 ORDER BY m.id`),
      audit: (await t.sql.query(`SELECT count(*)::int AS n FROM audit_events`)).rows[0].n,
    };
  }

  /** Each write of the validated axis, as [what, send]; sent once while locked, once after the reopening. */
  const lockedWrites = (): [string, () => Promise<TestResponse>][] => [
    ['a status update', () => postUpdate(t, pf, a.edited, 40)],
    ['an edit of the action', async () => json(pf, 'PATCH', `/actions/${a.edited}`, { title: 'Nouveau titre', version: await versionOf(`/actions/${a.edited}`) })],
    ['a move of an action into the axis', async () => json(admin, 'PATCH', `/actions/${b.edited}`, { objectiveId: a.objectiveId, version: await versionOf(`/actions/${b.edited}`) })],
    ['a move of an action out of the axis', async () => json(admin, 'PATCH', `/actions/${a.other}`, { objectiveId: b.objectiveId, version: await versionOf(`/actions/${a.other}`) })],
    ['a new action in the axis', () => json(admin, 'POST', '/actions', { objectiveId: a.objectiveId, title: 'Action ajoutée', unitCode: 'PF' })],
    ['a new milestone', () => json(pf, 'POST', `/actions/${a.edited}/milestones`, { title: 'Autre jalon', plannedDate: '2027-09-30' })],
    ['an edit of a milestone', () => json(pf, 'PATCH', `/actions/${a.edited}/milestones/${milestoneId}`, { title: 'Jalon renommé' })],
    ['a regional deployment', async () =>
      json(liaison, 'PATCH', `/actions/${a.regional}/regions/11`, { status: 'on_track', progress: 20, narrative: 'Lancé en Île-de-France.', version: await deploymentVersion(a.regional, '11') })],
    ['a national measurement of an action’s indicator', () => json(pf, 'POST', `/indicators/${ind.action}/measurements`, { period: '2025-06-01', value: 12 })],
    ['a national measurement of an objective’s indicator', () => json(director, 'POST', `/indicators/${ind.objective}/measurements`, { period: '2025-06-01', value: 7 })],
    ['a regional measurement of the axis’s indicator', () => json(liaison, 'POST', `/indicators/${ind.axis}/measurements`, { period: '2025-06-01', value: 3, regionCode: '11' })],
    ['an edit of the axis’s indicator', async () => json(admin, 'PATCH', `/indicators/${ind.axis}`, { name: 'Renommé', version: await versionOf(`/indicators/${ind.axis}`) })],
    ['an indicator attached to the axis', async () =>
      json(admin, 'PATCH', `/indicators/${ind.movable}`, { attachedTo: { kind: 'objective', id: a.objectiveId }, version: await versionOf(`/indicators/${ind.movable}`) })],
    ['a new indicator of the axis', () =>
      json(admin, 'POST', '/indicators', {
        planId: plan.planId, attachedTo: { kind: 'action', id: a.edited }, name: 'Nouvel indicateur', unit: 'nombre',
        baselineValue: 0, baselineDate: '2025-01-01', targetValue: 10, targetDate: '2027-12-31', periodicity: 'year',
      })],
    ['a deletion of an indicator', async () => json(admin, 'DELETE', `/indicators/${ind.deletable}`, { version: await versionOf(`/indicators/${ind.deletable}`) })],
    ['a deletion of a milestone', () => json(pf, 'DELETE', `/actions/${a.edited}/milestones/${milestoneId}`)],
  ];

  it('refuses every write of the validated axis with the French sentence, and writes nothing', async () => {
    const before = await state();
    for (const [what, send] of lockedWrites()) {
      const response = await send();
      expect({ what, status: response.status, message: response.body?.message }).toEqual({ what, status: 409, message: reason });
    }
    // Deleting an action of the axis: the lock speaks first (the validation is also in its history).
    const deletion = await json(admin, 'DELETE', `/actions/${a.other}`, { version: await versionOf(`/actions/${a.other}`) });
    expect({ status: deletion.status, message: deletion.body.message }).toEqual({ status: 409, message: reason });
    expect(await state()).toEqual(before);
    // The action's page says why its forms are closed, in the same words.
    expect((await t.request(`/actions/${a.edited}`, { token: pf })).body.lockedReason).toBe(reason);
  });

  it('lets the writes of another axis through', async () => {
    expect((await postUpdate(t, pf, b.edited, 35)).status).toBe(201);
    expect((await json(pf, 'PATCH', `/actions/${b.edited}`, { title: 'Autre axe, autre titre', version: await versionOf(`/actions/${b.edited}`) })).status).toBe(200);
    expect((await json(pf, 'POST', `/actions/${b.edited}/milestones`, { title: 'Jalon libre', plannedDate: '2027-03-31' })).status).toBe(201);
    const deployment = await json(liaison, 'PATCH', `/actions/${b.regional}/regions/11`, { status: 'on_track', progress: 15, narrative: 'Lancé.', version: await deploymentVersion(b.regional, '11') });
    expect(deployment.status).toBe(200);
    expect((await json(pf, 'POST', `/indicators/${ind.other}/measurements`, { period: '2025-06-01', value: 5 })).status).toBe(201);
    expect((await json(admin, 'PATCH', `/indicators/${ind.other}`, { name: 'Autre nom', version: await versionOf(`/indicators/${ind.other}`) })).status).toBe(200);
    // A move inside the other axis, and plan-level indicators, are no business of the lock either.
    const plain = await indicator({ kind: 'plan', id: plan.planId }, 'Indicateur du plan');
    expect((await json(director, 'POST', `/indicators/${plain}/measurements`, { period: '2025-06-01', value: 1 })).status).toBe(201);
  });

  it('lets each write through again once an admin reopens the axis', async () => {
    expect((await reopen(t, admin, plan.cycleId, a.axisId)).status).toBe(200);
    expect((await t.request(`/actions/${a.edited}`, { token: pf })).body.lockedReason).toBeNull();
    const expected = [201, 200, 200, 200, 201, 201, 200, 200, 201, 201, 201, 200, 200, 201, 204, 204];
    const writes = lockedWrites();
    expect(writes).toHaveLength(expected.length);
    for (const [i, [what, send]] of writes.entries()) {
      const response = await send();
      expect({ what, status: response.status, body: response.status < 300 ? null : response.body }).toEqual({ what, status: expected[i], body: null });
    }
    // An action of the axis without history (this one came after the validation) is deleted again.
    const fresh = (await t.sql.query(`SELECT id, version FROM actions WHERE title = 'Action ajoutée' AND plan_id = $1`, [plan.planId])).rows[0];
    expect((await json(admin, 'DELETE', `/actions/${fresh.id}`, { version: fresh.version })).status).toBe(204);
    const moved = (await t.sql.query(`SELECT id, axis_id FROM actions WHERE id = ANY($1) ORDER BY id`, [[b.edited, a.other]])).rows;
    expect(moved).toEqual([
      { id: a.other, axis_id: b.axisId },
      { id: b.edited, axis_id: a.axisId },
    ].sort((x, y) => x.id - y.id));
  });
});

/**
 * Race-free: a writer that waited for a validation's locks sees it, and a validation that waited
 * for a writer counts what it wrote. Each side is held open in a transaction of the test, and
 * released once the other is seen waiting for its lock.
 */
describe('the lock of a validated axis under concurrent writes', () => {
  let t: TestApp;
  let admin: string;
  let pf: string;
  beforeAll(async () => {
    t = await createTestApp();
    [admin, pf] = await Promise.all(['admin', 'pf'].map((u) => t.login(`${u}@boussole.test`)));
  });
  afterAll(async () => t.close());

  /** Runs `during` in an open transaction, starts `request`, and commits once the request waits for a lock. */
  async function heldWhile(during: (client: PoolClient) => Promise<void>, request: () => Promise<TestResponse>): Promise<TestResponse> {
    const client = await t.sql.connect();
    try {
      await client.query('BEGIN');
      await during(client);
      const pending = request();
      for (;;) {
        const { rows } = await t.sql.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        if (rows[0].n > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await client.query('COMMIT');
      return await pending;
    } finally {
      client.release();
    }
  }

  it('refuses a status update that waited for the validation of its axis', async () => {
    const plan = await buildValidationPlan(t, admin, 'Plan des écrivains en attente', [1]);
    const [axis] = plan.axes;
    const directorId = await userId(t, 'direction@boussole.test');
    const response = await heldWhile(
      async (client) => {
        // What a validation holds from its first locks to its commit.
        await client.query(`SELECT 1 FROM actions WHERE axis_id = $1 FOR UPDATE`, [axis.id]);
        await client.query(`INSERT INTO axis_validations (cycle_id, axis_id, validated_by) VALUES ($1, $2, $3)`, [plan.cycleId, axis.id, directorId]);
      },
      () => postUpdate(t, pf, axis.actions[0].id),
    );
    expect(response.status).toBe(409);
    expect(response.body.message).toBe(validatedAxisReason(1, plan.cycleLabel));
    expect((await t.sql.query(`SELECT count(*)::int AS n FROM status_updates WHERE action_id = $1`, [axis.actions[0].id])).rows[0].n).toBe(0);
  });

  it('refuses a measurement that waited for the validation of its indicator’s axis', async () => {
    const plan = await buildValidationPlan(t, admin, 'Plan des mesures en attente', [1]);
    const [axis] = plan.axes;
    const created = await t.request('/indicators', {
      method: 'POST',
      token: admin,
      json: { planId: plan.planId, attachedTo: { kind: 'action', id: axis.actions[0].id }, name: 'Taux', unit: '%', baselineValue: 0, baselineDate: '2025-01-01', targetValue: 100, targetDate: '2027-12-31', periodicity: 'month' },
    });
    const directorId = await userId(t, 'direction@boussole.test');
    const response = await heldWhile(
      async (client) => {
        await client.query(`SELECT 1 FROM indicators WHERE id = $1 FOR UPDATE`, [created.body.id]);
        await client.query(`INSERT INTO axis_validations (cycle_id, axis_id, validated_by) VALUES ($1, $2, $3)`, [plan.cycleId, axis.id, directorId]);
      },
      () => t.request(`/indicators/${created.body.id}/measurements`, { method: 'POST', token: pf, json: { period: '2025-06-01', value: 4 } }),
    );
    expect(response.status).toBe(409);
    expect((await t.sql.query(`SELECT count(*)::int AS n FROM measurements WHERE indicator_id = $1`, [created.body.id])).rows[0].n).toBe(0);
  });

  it('counts the update of a writer the validation waited for: no justification is then asked for it', async () => {
    const plan = await buildValidationPlan(t, admin, 'Plan de la validation en attente', [1]);
    const [axis] = plan.axes;
    const [action] = axis.actions;
    const authorId = await userId(t, 'pf@boussole.test');
    const response = await heldWhile(
      async (client) => {
        // What a status update holds from its lock to its commit.
        await client.query(`SELECT 1 FROM actions WHERE id = $1 FOR UPDATE`, [action.id]);
        await client.query(
          `INSERT INTO status_updates (action_id, cycle_id, status, progress, narrative, author_id) VALUES ($1, $2, 'on_track', 10, 'Juste à temps.', $3)`,
          [action.id, plan.cycleId, authorId],
        );
      },
      () => validate(t, admin, plan.cycleId, axis.id),
    );
    expect(response.status).toBe(201);
    expect(response.body.justifications).toEqual([]);
  });
});
