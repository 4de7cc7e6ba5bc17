import type { CycleSnapshot, PlanChanges, PlanProgressHistory, PlanRollup } from '@boussole/domain';
import { createTestApp, TestApp } from './support/test-app';

interface Cycle {
  id: number;
  label: string;
  opens_on: string;
  closes_on: string;
  state: string;
}

/**
 * What the demo's history froze, and `GET /api/plans/:id/changes?sinceCycle=` (issue 10, point 3):
 * today against the frozen state, not against a recomputation of the history.
 */
describe('the demo’s frozen history and the changes since a cycle', () => {
  let t: TestApp;
  let token: string;
  let planId: number;
  let cycles: Cycle[];
  let lastClosed: Cycle;
  let open: Cycle;

  beforeAll(async () => {
    t = await createTestApp();
    token = await t.login('direction@boussole.test');
    [{ id: planId }] = (await t.sql.query(`SELECT id FROM plans WHERE state = 'active'`)).rows;
    cycles = (await t.sql.query(`SELECT id, label, opens_on, closes_on, state FROM reporting_cycles WHERE plan_id = $1 ORDER BY opens_on`, [planId])).rows;
    const closed = cycles.filter((c) => c.state === 'closed');
    lastClosed = closed[closed.length - 1];
    open = cycles.find((c) => c.state === 'open') as Cycle;
  });
  afterAll(async () => t.close());

  const changes = async (query: string): Promise<PlanChanges> => {
    const response = await t.request(`/plans/${planId}/changes?${query}`, { token });
    expect(response.status).toBe(200);
    return response.body;
  };

  it('validated every axis of each closed cycle on its closing day, by the direction, with the figures of that day', async () => {
    const closed = cycles.filter((c) => c.state === 'closed');
    expect(closed.length).toBeGreaterThanOrEqual(2);
    const { rows: validations } = await t.sql.query(
      `SELECT v.cycle_id, u.email, v.validated_at, v.reopened_at, v.justifications FROM axis_validations v JOIN users u ON u.id = v.validated_by
        JOIN reporting_cycles c ON c.id = v.cycle_id WHERE c.plan_id = $1`,
      [planId],
    );
    expect(validations).toHaveLength(closed.length * 4);
    expect(validations.every((v) => v.email === 'direction@boussole.test' && v.reopened_at === null)).toBe(true);
    expect(validations.some((v) => v.cycle_id === open.id)).toBe(false);

    const history: PlanProgressHistory = (await t.request(`/plans/${planId}/snapshots`, { token })).body;
    expect(history.planId).toBe(planId);
    expect(history.cycles.map((c) => c.label)).toEqual(closed.map((c) => c.label));
    for (const [i, point] of history.cycles.entries()) {
      const cycle = closed[i];
      expect(point).toMatchObject({ cycleId: cycle.id, closesOn: cycle.closes_on });
      expect(validations.filter((v) => v.cycle_id === cycle.id).every((v) => v.validated_at.toISOString() === `${cycle.closes_on}T15:00:00.000Z`)).toBe(true);
      // The series is the roll-up as of each closing day.
      const asOf: PlanRollup = (await t.request(`/plans/${planId}/rollup?asOf=${cycle.closes_on}`, { token })).body;
      expect(point.planProgress).toBe(asOf.plan.progress);
      expect(point.axes).toEqual(asOf.axes.map((a) => ({ axisId: a.id, number: a.number, progress: a.progress, validated: true })));
    }
    // The plan moves on: a later cycle's figures are not the first one's.
    expect(history.cycles[0].planProgress).not.toBe(history.cycles[history.cycles.length - 1].planProgress);

    // A justification for each update the cycle still lacked at its closing.
    const { rows: [missing] } = await t.sql.query(
      `SELECT count(*)::int AS n FROM actions a WHERE a.plan_id = $1
          AND a.status NOT IN ('done', 'abandoned') AND NOT EXISTS (SELECT 1 FROM status_updates u WHERE u.action_id = a.id)`,
      [planId],
    );
    const justified = validations.filter((v) => v.cycle_id === lastClosed.id).flatMap((v) => v.justifications);
    expect(missing.n).toBeGreaterThan(0);
    expect(justified.length).toBeGreaterThanOrEqual(missing.n);
    expect(justified.every((j: { actionId: number; text: string }) => j.actionId > 0 && j.text.length > 10)).toBe(true);
  });

  it('reads a closed cycle’s snapshot: every axis under its validation, the plan frozen at the closing', async () => {
    const body: CycleSnapshot = (await t.request(`/cycles/${lastClosed.id}/snapshot`, { token })).body;
    expect(body.cycle).toMatchObject({ id: lastClosed.id, state: 'closed' });
    expect(body.axes.map((a) => a.number)).toEqual([1, 2, 3, 4]);
    expect(body.axes.every((a) => a.validationId !== null && a.asOf === lastClosed.closes_on)).toBe(true);
    expect(body.plan?.frozenAt).toBe(`${lastClosed.closes_on}T15:00:00.000Z`);
    const asOf: PlanRollup = (await t.request(`/plans/${planId}/rollup?asOf=${lastClosed.closes_on}`, { token })).body;
    const { explain: _explain, ...plan } = asOf.plan;
    expect(body.plan?.rollup).toEqual(plan);
    expect(body.axes.reduce((n, a) => n + a.actions.length, 0)).toBe(plan.actionCount);
  });

  it('compares today with the frozen state, even when the history is rewritten under it', async () => {
    const frozen: CycleSnapshot = (await t.request(`/cycles/${lastClosed.id}/snapshot`, { token })).body;
    const kept = new Map(frozen.axes.flatMap((a) => a.actions).map((a) => [a.id, a]));

    const first = await changes(`sinceCycle=${lastClosed.id}`);
    expect(first.since).toBe(lastClosed.closes_on);
    expect(first.sinceCycle).toEqual({ id: lastClosed.id, label: lastClosed.label, frozenAt: `${lastClosed.closes_on}T15:00:00.000Z` });
    expect(first.changes.length).toBeGreaterThan(0);
    const { rows: now } = await t.sql.query(`SELECT id, status, progress FROM actions WHERE plan_id = $1`, [planId]);
    const differing = now.filter((a) => kept.get(a.id)?.status !== a.status || kept.get(a.id)?.progress !== a.progress);
    expect(first.changes.map((c) => c.actionId).sort()).toEqual(differing.map((a) => a.id).sort());
    for (const c of first.changes) {
      const before = kept.get(c.actionId);
      expect(c.before).toEqual(before ? { status: before.status, progress: before.progress } : null);
      expect(c.after).toEqual({ status: now.find((a) => a.id === c.actionId)?.status, progress: now.find((a) => a.id === c.actionId)?.progress });
    }

    // A back-dated update before the freeze, written straight into the history: a recomputation
    // as of the frozen day would now see it; the frozen state does not.
    const unchanged = now.find((a) => !differing.includes(a) && a.status !== 'done' && a.status !== 'abandoned' && a.progress < 90);
    const { rows: [author] } = await t.sql.query(`SELECT id FROM users WHERE email = 'admin@boussole.test'`);
    await t.sql.query(
      `INSERT INTO status_updates (action_id, cycle_id, status, progress, narrative, author_id, created_at)
       VALUES ($1, $2, 'late', $3, 'Point antidaté, écrit après la validation.', $4, $5)`,
      [unchanged.id, lastClosed.id, unchanged.progress + 7, author.id, `${lastClosed.closes_on}T10:00:00Z`],
    );
    const day = new Date(Date.parse(`${lastClosed.closes_on}T00:00:00Z`) + 86400000).toISOString().slice(0, 10);
    const recomputed = await changes(`since=${day}`);
    expect(recomputed.changes.find((c) => c.actionId === unchanged.id)?.before).toEqual({ status: 'late', progress: unchanged.progress + 7 });
    expect(await changes(`sinceCycle=${lastClosed.id}`)).toEqual(first);
  });

  it('lists a change made now, and an action created since with nothing before', async () => {
    const { rows: [action] } = await t.sql.query(
      `SELECT a.id, a.version, a.progress, a.axis_id, a.objective_id, a.unit_id FROM actions a JOIN axes x ON x.id = a.axis_id
        WHERE a.plan_id = $1 AND x.number = 3 AND a.status = 'on_track' AND a.progress < 90 ORDER BY a.code LIMIT 1`,
      [planId],
    );
    const posted = await t.request(`/actions/${action.id}/updates`, {
      method: 'POST', token, json: { status: 'at_risk', progress: action.progress + 5, narrative: 'Un retard de livraison du prestataire.', version: action.version },
    });
    expect(posted.status).toBe(201);
    const { rows: [created] } = await t.sql.query(
      `INSERT INTO actions (plan_id, axis_id, objective_id, code, title, unit_id, status, progress, position)
       VALUES ($1, $2, $3, '3.9.1', 'Action créée après la campagne', $4, 'on_track', 10, 99) RETURNING id`,
      [planId, action.axis_id, action.objective_id, action.unit_id],
    );
    const body = await changes(`sinceCycle=${lastClosed.id}`);
    expect(body.changes[0]).toMatchObject({ actionId: action.id, after: { status: 'at_risk', progress: action.progress + 5 }, author: { name: expect.any(String) } });
    expect(body.changes.find((c) => c.actionId === created.id)).toMatchObject({ before: null, after: { status: 'on_track', progress: 10 } });
  });

  it('refuses a cycle it cannot compare with, in French', async () => {
    const refused = async (query: string, status: number, message: string) => {
      const response = await t.request(`/plans/${planId}/changes?${query}`, { token });
      expect(response.status).toBe(status);
      expect(response.body.message).toBe(message);
    };
    await refused(`sinceCycle=${open.id}`, 400, `La campagne ${open.label} n’a encore aucun axe validé.`);
    await refused(`sinceCycle=${lastClosed.id}&since=2026-01-01`, 400, 'Comparez soit depuis une date (« since »), soit depuis une campagne (« sinceCycle »), pas les deux.');
    await refused('sinceCycle=abc', 400, 'La campagne « sinceCycle » doit être un identifiant de campagne (entier positif).');
    await refused('sinceCycle=0', 400, 'La campagne « sinceCycle » doit être un identifiant de campagne (entier positif).');
    await refused('sinceCycle=999999', 404, 'Campagne de suivi introuvable.');
    const { rows: [other] } = await t.sql.query(
      `INSERT INTO reporting_cycles (plan_id, label, opens_on, closes_on, state)
       SELECT id, 'T1 2016', '2016-02-16', '2016-03-11', 'closed' FROM plans WHERE id <> $1 LIMIT 1 RETURNING id`,
      [planId],
    );
    await refused(`sinceCycle=${other.id}`, 400, 'La campagne T1 2016 n’appartient pas à ce projet stratégique.');
    const unknownPlan = await t.request(`/plans/999999/changes?sinceCycle=${lastClosed.id}`, { token });
    expect(unknownPlan.status).toBe(404);
    // `since` alone is as it was.
    expect((await changes('since=2026-01-01')).sinceCycle).toBeUndefined();
  });
});
