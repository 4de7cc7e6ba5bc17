import { HEALTH_OF_RULE, nodeScheduleGap, type Health, type HealthReason } from '@boussole/domain';
import { createTestApp, TestApp } from './support/test-app';

/** GET /api/plans/:id/rollup, /changes and /signals. */
describe('roll-ups, changes and signals', () => {
  let t: TestApp;
  let token: string;
  let planId: number;
  beforeAll(async () => {
    t = await createTestApp();
    token = await t.login('direction@boussole.test');
    planId = (await t.sql.query(`SELECT id FROM plans WHERE state = 'active'`)).rows[0].id;
  });
  afterAll(async () => t.close());

  /** `fresh`: as a live screen refetches after an event, owed figures computed after the write. */
  const rollup = (query = '', fresh = false) => t.request(`/plans/${planId}/rollup${query}`, { token, headers: fresh ? { 'cache-control': 'no-cache' } : {} });
  /** Every page of a node's explanation, put end to end. */
  async function explainAll(node: string, query = '', fresh = false) {
    const all = { counted: [] as { actionId: number; code: string; weight: number; progress: number }[], excluded: [] as { actionId: number; code: string; reason: string }[] };
    for (let page = 1; ; page++) {
      const response = await t.request(`/plans/${planId}/rollup/explain?node=${node}&page=${page}&pageSize=200${query}`, { token, headers: fresh ? { 'cache-control': 'no-cache' } : {} });
      expect(response.status).toBe(200);
      all.counted.push(...response.body.counted);
      all.excluded.push(...response.body.excluded);
      if (page * 200 >= Number(response.headers.get('x-total-count'))) return all;
    }
  }

  it('gives the plan, each axis and objective with figures that add up and explain themselves', async () => {
    const response = await rollup();
    expect(response.status).toBe(200);
    const { plan, axes, cycle, asOf } = response.body;
    expect(asOf).toBe(new Date().toISOString().slice(0, 10));
    expect(cycle.state).toBe('open');
    expect(axes).toHaveLength(4);
    expect(axes.map((a: { objectives: unknown[] }) => a.objectives.length)).toEqual([4, 3, 3, 3]);
    const total = (await t.sql.query(`SELECT count(*)::int AS n, sum(weight)::float8 AS w FROM actions WHERE plan_id = $1`, [planId])).rows[0];
    expect(plan.actionCount).toBe(total.n);
    expect(axes.reduce((s: number, a: { actionCount: number }) => s + a.actionCount, 0)).toBe(total.n);
    const counted = Object.values(plan.counts as Record<string, { count: number; weight: number }>);
    expect(counted.reduce((s, c) => s + c.count, 0)).toBe(total.n);
    expect(counted.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(total.w);
    // The explanations are not in the roll-up: they come one node at a time.
    expect(plan).not.toHaveProperty('explain');
    expect(axes.every((a: { objectives: object[] }) => !('explain' in a) && a.objectives.every((o) => !('explain' in o)))).toBe(true);
    const explained = await explainAll('plan');
    expect(explained.counted.length + explained.excluded.length).toBe(total.n);
    expect(explained.excluded.every((e: { reason: string }) => e.reason === 'Action abandonnée')).toBe(true);
    // The weighted mean the explanation lists is the progress shown.
    const w = explained.counted.reduce((s: number, c: { weight: number }) => s + c.weight, 0);
    const p = explained.counted.reduce((s: number, c: { weight: number; progress: number }) => s + c.weight * c.progress, 0) / w;
    expect(plan.progress).toBeCloseTo(p, 1);
    expect(['on_track', 'at_risk', 'late', 'done', 'not_started']).toContain(plan.health);
    // Every node says which rule decided its health, with the gap it read (DESIGN §3).
    type Node = { health: Health | null; healthReason: HealthReason | null; progress: number | null; expectedProgress: number | null };
    const nodes: Node[] = [plan, ...axes, ...axes.flatMap((a: { objectives: Node[] }) => a.objectives)];
    for (const n of nodes.filter((x) => x.health !== null)) {
      expect(n.healthReason && HEALTH_OF_RULE[n.healthReason.rule]).toBe(n.health);
      expect(n.healthReason?.gap).toBe(nodeScheduleGap(n.progress, n.expectedProgress));
    }
    expect(plan.signals.stale).toBeGreaterThan(0);
  });

  it('computes on write: a status update moves its axis at once', async () => {
    const pf = await t.login('pf@boussole.test');
    const [row] = (await t.sql.query(
      `SELECT a.id, a.axis_id FROM actions a JOIN units u ON u.id = a.unit_id
        WHERE u.code = 'PF' AND a.status = 'on_track' AND a.progress < 50 AND a.plan_id = $1 ORDER BY a.weight DESC LIMIT 1`, [planId],
    )).rows;
    const before = (await rollup()).body.axes.find((a: { id: number }) => a.id === row.axis_id);
    const action = (await t.request(`/actions/${row.id}`, { token: pf })).body;
    const posted = await t.request(`/actions/${row.id}/updates`, { method: 'POST', token: pf, json: { status: 'on_track', progress: 95, narrative: 'Accélération.', version: action.version } });
    expect(posted.status).toBe(201);
    // Another session's screen refetches on the event with no-cache (a plain read may get the previous answer for ≤ 0.5 s).
    const after = (await rollup('', true)).body.axes.find((a: { id: number }) => a.id === row.axis_id);
    expect(after.progress).toBeGreaterThan(before.progress);
    expect((await explainAll(`axis:${row.axis_id}`, '', true)).counted.find((c: { actionId: number }) => c.actionId === row.id).progress).toBe(95);
    const changes = await t.request(`/plans/${planId}/changes?since=${new Date().toISOString().slice(0, 10)}`, { token });
    expect(changes.body.changes.find((c: { actionId: number }) => c.actionId === row.id)).toMatchObject({
      after: { status: 'on_track', progress: 95 }, author: { name: 'Julien Moreau' },
    });
  });

  it('shows the plan as of a past date, from the history', async () => {
    const early = await rollup('?asOf=2025-01-01');
    expect(early.status).toBe(200);
    expect(early.body.asOf).toBe('2025-01-01');
    expect(early.body.plan.counts.not_started.count).toBe(early.body.plan.actionCount);
    expect(early.body.plan.progress).toBe(0);
    const mid = await rollup('?asOf=2026-03-01');
    expect(mid.body.plan.progress).toBeGreaterThan(0);
    expect(mid.body.plan.progress).toBeLessThan((await rollup()).body.plan.progress);
  });

  it('refuses a malformed or future date in French', async () => {
    for (const bad of ['2026-13-01', 'hier', '2026-02-30']) {
      const response = await rollup(`?asOf=${bad}`);
      expect(response.status).toBe(400);
      expect(response.body.message).toMatch(/date réelle au format AAAA-MM-JJ/);
    }
    expect((await rollup('?asOf=2999-01-01')).body.message).toMatch(/futur/);
    expect((await t.request(`/plans/999999/rollup`, { token })).status).toBe(404);
    expect((await t.request(`/plans/${planId}/changes?since=demain`, { token })).status).toBe(400);
  });

  it('lists what changed since a date, before and after', async () => {
    const response = await t.request(`/plans/${planId}/changes?since=2026-09-01`, { token });
    expect(response.status).toBe(200);
    expect(response.body.since).toBe('2026-09-01');
    expect(response.body.changes.length).toBeGreaterThan(5);
    for (const c of response.body.changes) {
      expect(c.before === null || c.before.status !== c.after.status || c.before.progress !== c.after.progress).toBe(true);
    }
  });

  it('lists every kind of signal with the record it is about', async () => {
    const response = await t.request(`/plans/${planId}/signals`, { token });
    expect(response.status).toBe(200);
    for (const kind of ['overdue', 'stale', 'schedule_gap', 'status_check', 'regional_laggard', 'indicator_stale', 'indicator_off_track']) {
      expect(response.body.counts[kind]).toBeGreaterThan(0);
    }
    expect(response.body.signals.length).toBe(Object.values(response.body.counts as Record<string, number>).reduce((a, b) => a + b, 0));
    const laggard = response.body.signals.find((s: { kind: string }) => s.kind === 'regional_laggard');
    expect(laggard).toMatchObject({ actionId: expect.any(Number), regionCode: expect.stringMatching(/^\d\d$/), message: expect.stringMatching(/sous la médiane/) });
    const indicator = response.body.signals.find((s: { kind: string }) => s.kind === 'indicator_off_track');
    expect(indicator).toMatchObject({ indicatorId: expect.any(Number), indicatorName: expect.any(String) });
  });
});
