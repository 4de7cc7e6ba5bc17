import { createTestApp, TestApp } from './support/test-app';

/** POST /api/actions/:id/updates and GET /api/actions/:id/updates (DESIGN §2-§5). */
describe('status updates', () => {
  let t: TestApp;
  let pf: string;
  let pfAction: { id: number; version: number; status: string; progress: number; axisId: number; planId: number };

  beforeAll(async () => {
    t = await createTestApp();
    pf = await t.login('pf@boussole.test');
    const [row] = (
      await t.sql.query(
        `SELECT a.id FROM actions a JOIN units u ON u.id = a.unit_id
          WHERE u.code = 'PF' AND a.status = 'on_track' ORDER BY a.id LIMIT 1`,
      )
    ).rows;
    pfAction = (await t.request(`/actions/${row.id}`, { token: pf })).body;
  });
  afterAll(async () => t.close());

  const post = (id: number, token: string, json: Record<string, unknown>) =>
    t.request(`/actions/${id}/updates`, { method: 'POST', token, json });

  it('records an update of the owning unit: new state, version, open cycle, history and audit, in one write', async () => {
    const before = await t.request(`/actions/${pfAction.id}`, { token: pf });
    const response = await post(pfAction.id, pf, {
      status: 'on_track', progress: Math.min(99, before.body.progress + 5), narrative: 'Comité de pilotage tenu.', nextSteps: 'Publier l’instruction.', version: before.body.version,
    });
    expect(response.status).toBe(201);
    expect(response.body.update).toMatchObject({ status: 'on_track', narrative: 'Comité de pilotage tenu.', nextSteps: 'Publier l’instruction.', author: { name: 'Julien Moreau' } });
    expect(response.body.action.version).toBe(before.body.version + 1);
    expect(response.body.action.progress).toBe(Math.min(99, before.body.progress + 5));
    expect(response.body.action.signals).not.toContain('stale');
    const [cycle] = (await t.sql.query(`SELECT id FROM reporting_cycles WHERE state = 'open' AND plan_id = $1`, [pfAction.planId])).rows;
    expect(response.body.update.cycleId).toBe(cycle.id);

    const history = await t.request(`/actions/${pfAction.id}/updates`, { token: pf });
    expect(history.body[0]).toEqual(response.body.update);
    expect(history.body.length).toBeGreaterThan(1);
    const audit = (await t.sql.query(`SELECT actor_id, before, after FROM audit_events WHERE verb = 'status_update.create' AND entity_id = $1`, [String(pfAction.id)])).rows;
    expect(audit).toHaveLength(1);
    expect(audit[0].after).toMatchObject({ status: 'on_track', statusUpdateId: response.body.update.id });
  });

  it('answers the action’s new state only, as its detail read afterwards shows it', async () => {
    // An action with milestones, one of them late if the demo has one: its signals depend on them.
    const [row] = (
      await t.sql.query(
        `SELECT a.id FROM actions a JOIN units u ON u.id = a.unit_id JOIN milestones m ON m.action_id = a.id
          WHERE u.code = 'PF' AND a.id <> $1 AND a.status NOT IN ('done', 'abandoned')
          GROUP BY a.id ORDER BY bool_or(NOT m.done AND m.planned_date < current_date) DESC, a.id LIMIT 1`,
        [pfAction.id],
      )
    ).rows;
    const before = (await t.request(`/actions/${row.id}`, { token: pf })).body;
    const response = await post(row.id, pf, { status: 'on_track', progress: 40, narrative: 'Point d’étape.', version: before.version });
    expect(response.status).toBe(201);
    const after = (await t.request(`/actions/${row.id}`, { token: pf })).body;
    const fields = ['id', 'version', 'status', 'progress', 'lastUpdateAt', 'effectiveStatus', 'expectedProgress', 'scheduleGap', 'signals', 'signalDetails'];
    expect(Object.keys(response.body.action).sort()).toEqual([...fields].sort());
    expect(response.body.action).toEqual(Object.fromEntries(fields.map((f) => [f, after[f]])));
    expect(after.latestUpdate).toEqual(response.body.update);
  });

  it('refuses other units, ARS liaisons and viewers with a French reason, and writes nothing', async () => {
    const current = (await t.request(`/actions/${pfAction.id}`, { token: pf })).body;
    const body = { status: 'on_track', progress: 50, narrative: 'x', version: current.version };
    const rh = await post(pfAction.id, await t.login('rh@boussole.test'), body);
    expect(rh.status).toBe(403);
    expect(rh.body.message).toBe('Seules les actions de votre sous-direction (RH) peuvent être mises à jour.');
    const ars = await post(pfAction.id, await t.login('ars-bretagne@boussole.test'), body);
    expect(ars.status).toBe(403);
    expect(ars.body.message).toMatch(/référent·e ARS/);
    const viewer = await post(pfAction.id, await t.login('lecture@boussole.test'), body);
    expect(viewer.status).toBe(403);
    expect(viewer.body.message).toBe('Un·e lecteur·rice ne peut rien modifier.');
    expect((await t.request(`/actions/${pfAction.id}`, { token: pf })).body.version).toBe(current.version);
  });

  it('lets the director and the admin update any action', async () => {
    for (const email of ['direction@boussole.test', 'admin@boussole.test']) {
      const token = await t.login(email);
      const current = (await t.request(`/actions/${pfAction.id}`, { token })).body;
      const response = await post(pfAction.id, token, { status: current.status, progress: current.progress, narrative: 'Revue CODIR.', version: current.version });
      expect(response.status).toBe(201);
    }
  });

  it('validates: done means 100, progress 0..100, narrative when the status gets worse, known status', async () => {
    const v = (await t.request(`/actions/${pfAction.id}`, { token: pf })).body.version;
    const done = await post(pfAction.id, pf, { status: 'done', progress: 90, narrative: 'Fini', version: v });
    expect(done).toMatchObject({ status: 400, body: { message: 'Une action terminée est avancée à 100\u00a0%.', fields: { progress: expect.any(String) } } });
    const over = await post(pfAction.id, pf, { status: 'on_track', progress: 101, version: v });
    expect(over).toMatchObject({ status: 400, body: { fields: { progress: 'L’avancement doit être un nombre entier entre 0 et 100.' } } });
    const decimal = await post(pfAction.id, pf, { status: 'on_track', progress: 12.5, version: v });
    expect(decimal.status).toBe(400);
    const worse = await post(pfAction.id, pf, { status: 'late', progress: 40, narrative: '   ', version: v });
    expect(worse).toMatchObject({ status: 400, body: { message: 'Expliquez pourquoi la météo se dégrade.', fields: { narrative: 'Expliquez pourquoi la météo se dégrade.' } } });
    const doneWithoutNarrative = await post(pfAction.id, pf, { status: 'done', progress: 90, version: v });
    expect(doneWithoutNarrative.body.fields).toEqual({ progress: 'Une action terminée est avancée à 100\u00a0%.' });
    const unknown = await post(pfAction.id, pf, { status: 'vert', progress: 40, version: v });
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields.status).toMatch(/^La météo doit être/);
    const noVersion = await post(pfAction.id, pf, { status: 'on_track', progress: 40 });
    expect(noVersion.body.fields.version).toBe('La version de l’action est obligatoire (entier).');
    expect((await t.request(`/actions/${pfAction.id}`, { token: pf })).body.version).toBe(v);
  });

  it('answers 409 with the current action on a stale version', async () => {
    const current = (await t.request(`/actions/${pfAction.id}`, { token: pf })).body;
    const response = await post(pfAction.id, pf, { status: 'on_track', progress: 10, narrative: 'vieux', version: current.version - 1 });
    expect(response.status).toBe(409);
    expect(response.body.current).toMatchObject({ id: pfAction.id, version: current.version, status: current.status });
    expect(response.body.message).toMatch(/modifiée entre-temps/);
  });

  it('loses no update under concurrent writers: one wins per version, the others get 409', async () => {
    const current = (await t.request(`/actions/${pfAction.id}`, { token: pf })).body;
    const before = (await t.sql.query(`SELECT count(*)::int AS n FROM status_updates WHERE action_id = $1`, [pfAction.id])).rows[0].n;
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => post(pfAction.id, pf, { status: 'on_track', progress: 60 + i, narrative: `écrivain ${i}`, version: current.version })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(7);
    const after = (await t.sql.query(`SELECT count(*)::int AS n FROM status_updates WHERE action_id = $1`, [pfAction.id])).rows[0].n;
    expect(after).toBe(before + 1);
    const winner = results.find((r) => r.status === 201)?.body.update;
    const state = (await t.request(`/actions/${pfAction.id}`, { token: pf })).body;
    expect(state).toMatchObject({ progress: winner.progress, version: current.version + 1 });

    // Writers that each retry with the version they are told about all land, one after another.
    const landed = await Promise.all(
      Array.from({ length: 5 }, async (_, i) => {
        for (let attempt = 0; attempt < 20; attempt++) {
          const version = (await t.request(`/actions/${pfAction.id}`, { token: pf })).body.version;
          const r = await post(pfAction.id, pf, { status: 'on_track', progress: 70 + i, narrative: `relance ${i}`, version });
          if (r.status === 201) return r.body.update.id as number;
        }
        return null;
      }),
    );
    expect(landed.every((id) => id !== null)).toBe(true);
    const total = (await t.sql.query(`SELECT count(*)::int AS n FROM status_updates WHERE action_id = $1`, [pfAction.id])).rows[0].n;
    expect(total).toBe(after + 5);
  });

  it('refuses updates of an axis validated for the open cycle (409)', async () => {
    const current = (await t.request(`/actions/${pfAction.id}`, { token: pf })).body;
    const director = (await t.sql.query(`SELECT id FROM users WHERE email = 'direction@boussole.test'`)).rows[0].id;
    await t.sql.query(`INSERT INTO axis_validations (cycle_id, axis_id, validated_by) VALUES ($1, $2, $3)`, [
      current.openCycle.id, current.axisId, director,
    ]);
    try {
      const detail = (await t.request(`/actions/${pfAction.id}`, { token: pf })).body;
      expect(detail.lockedReason).toMatch(/a été validé pour la campagne/);
      const response = await post(pfAction.id, pf, { status: 'on_track', progress: 80, narrative: 'trop tard', version: detail.version });
      expect(response.status).toBe(409);
      expect(response.body.message).toMatch(/a été validé pour la campagne/);
    } finally {
      await t.sql.query(`UPDATE axis_validations SET reopened_at = now(), reopened_by = validated_by, reopen_reason = 'Fin du test' WHERE axis_id = $1 AND reopened_at IS NULL`, [current.axisId]);
    }
  });

  it('answers 404 for an unknown action and 401 without a session', async () => {
    expect((await post(999999, pf, { status: 'on_track', progress: 1, version: 1 })).status).toBe(404);
    expect((await t.request('/actions/999999/updates', { token: pf })).status).toBe(404);
    expect((await t.request(`/actions/${pfAction.id}/updates`, { method: 'POST', json: { status: 'on_track', progress: 1, version: 1 } })).status).toBe(401);
  });
});
