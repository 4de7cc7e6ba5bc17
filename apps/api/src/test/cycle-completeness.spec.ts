import type { CompletenessCount, CycleCompleteness } from '@boussole/domain';
import { createTestApp, TestApp } from './support/test-app';

interface RawAction {
  id: number;
  code: string;
  status: string;
  axis_id: number;
  unit_code: string;
  owner_id: number | null;
  regional: boolean;
  version: number;
  progress: number;
}
interface RawUpdate {
  action_id: number;
  cycle_id: number | null;
  status: string;
  before_opening: boolean;
}
interface RawDeployment {
  action_id: number;
  region_code: string;
  answered: boolean;
}

const CLOSED = ['done', 'abandoned'];

/** GET /api/cycles/:id/completeness (issue 10, point 1), checked against the actions read row by row. */
describe('completeness of a reporting cycle', () => {
  let t: TestApp;
  let admin: string;
  let planId: number;
  let cycles: { id: number; label: string }[];

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin@boussole.test');
    [{ id: planId }] = (await t.sql.query(`SELECT id FROM plans WHERE start_year = 2025`)).rows;
    cycles = (await t.sql.query(`SELECT id, label FROM reporting_cycles WHERE plan_id = $1 ORDER BY opens_on`, [planId])).rows;
  });
  afterAll(async () => t.close());

  const completeness = async (cycleId: number, token = admin): Promise<CycleCompleteness> => {
    const response = await t.request(`/cycles/${cycleId}/completeness`, { token });
    expect(response.status).toBe(200);
    return response.body;
  };

  /** The rule of the service, recomputed here in plain code from the rows. */
  async function independentCount(cycleId: number) {
    const actions: RawAction[] = (
      await t.sql.query(
        `SELECT a.id, a.code, a.status, a.axis_id, u.code AS unit_code, a.owner_id, a.regional, a.version, a.progress
           FROM actions a JOIN units u ON u.id = a.unit_id WHERE a.plan_id = $1`,
        [planId],
      )
    ).rows;
    const updates: RawUpdate[] = (
      await t.sql.query(
        `SELECT s.action_id, s.cycle_id, s.status, s.created_at < c.opens_on AS before_opening
           FROM status_updates s JOIN actions a ON a.id = s.action_id JOIN reporting_cycles c ON c.id = $1
          WHERE a.plan_id = $2 ORDER BY s.created_at, s.id`,
        [cycleId, planId],
      )
    ).rows;
    const deployments: RawDeployment[] = (
      await t.sql.query(
        `SELECT d.action_id, d.region_code,
                d.updated_at >= c.opens_on AND (d.updated_at < c.closes_on + 1 OR d.updated_by IS NOT NULL) AS answered
           FROM regional_deployments d JOIN reporting_cycles c ON c.id = $1`,
        [cycleId],
      )
    ).rows;
    const expected = actions.filter((a) => {
      const own = updates.filter((u) => u.action_id === a.id);
      const received = own.some((u) => u.cycle_id === cycleId);
      const earlier = own.filter((u) => u.before_opening && u.cycle_id !== cycleId);
      const atOpening = earlier.length > 0 ? earlier[earlier.length - 1].status : received ? 'not_started' : a.status;
      return !CLOSED.includes(atOpening);
    });
    const receivedIds = new Set(updates.filter((u) => u.cycle_id === cycleId).map((u) => u.action_id));
    const expectedIds = new Set(expected.map((a) => a.id));
    const tally = (list: RawAction[]) => ({ expected: list.length, received: list.filter((a) => receivedIds.has(a.id)).length });
    const regional = deployments.filter((d) => expectedIds.has(d.action_id) && expected.find((a) => a.id === d.action_id)?.regional);
    return { actions, expected, receivedIds, tally, regional };
  }

  const counted = (c: CompletenessCount) => ({ expected: c.expected, received: c.received });

  it.each(['T4 2026', 'T3 2026', 'T1 2025'])('gives the figures of %s as counted from the actions', async (label) => {
    const cycle = cycles.find((c) => c.label === label);
    expect(cycle).toBeDefined();
    const id = cycle?.id ?? 0;
    const body = await completeness(id);
    const { expected, receivedIds, tally, regional } = await independentCount(id);

    expect(body.cycle).toMatchObject({ id, label });
    expect(body.expected).toBeGreaterThan(0);
    expect(counted(body)).toEqual(tally(expected));
    expect(body.missing).toBe(body.expected - body.received);
    expect(body.percent).toBe(Math.round((body.received / body.expected) * 1000) / 10);
    for (const axis of body.byAxis) expect(counted(axis)).toEqual(tally(expected.filter((a) => a.axis_id === axis.id)));
    expect(body.byAxis.reduce((sum, a) => sum + a.expected, 0)).toBe(body.expected);
    for (const unit of body.byUnit) expect(counted(unit)).toEqual(tally(expected.filter((a) => a.unit_code === unit.code)));
    expect(body.byUnit.map((u) => u.code).sort()).toEqual([...new Set(expected.map((a) => a.unit_code))].sort());
    for (const owner of body.byOwner) expect(counted(owner)).toEqual(tally(expected.filter((a) => a.owner_id === owner.id)));
    expect(body.byOwner.reduce((sum, o) => sum + o.received, 0)).toBe(body.received);

    const missingCodes = expected.filter((a) => !receivedIds.has(a.id)).map((a) => a.code);
    expect(body.missingActions.map((a) => a.code).sort()).toEqual(missingCodes.sort());
    const ordered = body.missingActions.map((a) => a.code.split('.').map(Number));
    for (let i = 1; i < ordered.length; i++) {
      const [p, q] = [ordered[i - 1], ordered[i]];
      const first = p.findIndex((n, k) => n !== q[k]);
      expect(first === -1 ? p.length <= q.length : p[first] < q[first]).toBe(true);
    }

    for (const region of body.byRegion) {
      const own = regional.filter((d) => d.region_code === region.code);
      expect(counted(region)).toEqual({ expected: own.length, received: own.filter((d) => d.answered).length });
    }
    expect(body.byRegion.reduce((sum, r) => sum + r.expected, 0)).toBe(regional.length);
  });

  it('answers with names, owners ("Sans responsable" for none) and readable percentages', async () => {
    const open = cycles.find((c) => c.label === 'T4 2026');
    const body = await completeness(open?.id ?? 0, await t.login('lecture@boussole.test'));
    expect(body.cycle).toMatchObject({ opensOn: '2026-11-16', closesOn: '2026-12-11', state: 'open' });
    expect(body.byAxis[0]).toMatchObject({ number: 1, title: expect.any(String) });
    expect(body.byUnit.find((u) => u.code === 'PF')).toMatchObject({ name: expect.any(String) });
    for (const owner of body.byOwner) {
      if (owner.id === null) expect(owner.name).toBe('Sans responsable');
      else expect(owner.name).not.toBe('');
    }
    for (const a of body.missingActions) {
      expect(a).toEqual({ id: expect.any(Number), code: expect.any(String), title: expect.any(String), axisNumber: expect.any(Number), unitCode: expect.any(String), owner: a.owner === null ? null : { id: expect.any(Number), name: expect.any(String) }, lastUpdateAt: a.lastUpdateAt === null ? null : expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    }
    for (const c of [body, ...body.byAxis, ...body.byUnit, ...body.byOwner, ...body.byRegion]) {
      expect(c.percent === null ? c.expected : Math.round(c.percent * 10)).toBe(c.percent === null ? 0 : Math.round((c.received / c.expected) * 1000));
    }
  });

  it('moves a missing action to received when an update is posted in the cycle', async () => {
    const open = cycles.find((c) => c.label === 'T4 2026');
    const id = open?.id ?? 0;
    const before = await completeness(id);
    const [row]: RawAction[] = (
      await t.sql.query(
        `SELECT a.id, a.code, a.axis_id, u.code AS unit_code, a.version, a.progress, a.status FROM actions a JOIN units u ON u.id = a.unit_id
          WHERE a.id = ANY($1) AND a.status NOT IN ('done', 'abandoned') ORDER BY a.code LIMIT 1`,
        [before.missingActions.map((a) => a.id)],
      )
    ).rows;
    expect(row).toBeDefined();
    const posted = await t.request(`/actions/${row.id}/updates`, {
      method: 'POST',
      token: admin,
      json: { status: row.status === 'not_started' ? 'not_started' : row.status, progress: row.progress, narrative: 'Point de la campagne.', version: row.version },
    });
    expect(posted.status).toBe(201);

    const after = await completeness(id);
    expect(after.expected).toBe(before.expected);
    expect(after.received).toBe(before.received + 1);
    expect(after.missing).toBe(before.missing - 1);
    expect(after.missingActions.map((a) => a.id)).not.toContain(row.id);
    expect(after.missingActions).toHaveLength(before.missingActions.length - 1);
    const axisOf = (c: CycleCompleteness) => c.byAxis.find((a) => a.id === row.axis_id);
    expect(axisOf(after)).toMatchObject({ expected: axisOf(before)?.expected, received: (axisOf(before)?.received ?? 0) + 1 });
    const unitOf = (c: CycleCompleteness) => c.byUnit.find((u) => u.code === row.unit_code);
    expect(unitOf(after)).toMatchObject({ expected: unitOf(before)?.expected, received: (unitOf(before)?.received ?? 0) + 1 });
    // The other axes did not move.
    for (const axis of after.byAxis.filter((a) => a.id !== row.axis_id)) expect(axis).toEqual(before.byAxis.find((a) => a.id === axis.id));
  });

  it('expects an action created during the cycle while it is open, and keeps it expected when its first update closes it', async () => {
    const id = cycles.find((c) => c.label === 'T4 2026')?.id ?? 0;
    const before = await completeness(id);
    const insert = async (code: string, status: string) =>
      (
        await t.sql.query(
          `INSERT INTO actions (plan_id, axis_id, objective_id, code, title, unit_id, status, progress)
           SELECT o_ax.plan_id, o.axis_id, o.id, $2, 'Action ajoutée en cours de campagne', (SELECT id FROM units WHERE code = 'PF'), $3, $4
             FROM objectives o JOIN axes o_ax ON o_ax.id = o.axis_id WHERE o_ax.plan_id = $1 AND o.code = '1.1'
           RETURNING id, version`,
          [planId, code, status, status === 'done' ? 100 : 0],
        )
      ).rows[0] as { id: number; version: number };
    const open = await insert('1.1.98', 'not_started');
    await insert('1.1.99', 'done');
    const added = await completeness(id);
    expect(counted(added)).toEqual({ expected: before.expected + 1, received: before.received });
    expect(added.missingActions.find((a) => a.id === open.id)).toMatchObject({ code: '1.1.98', owner: null, lastUpdateAt: null });
    expect(added.byOwner.find((o) => o.id === null)).toMatchObject({ name: 'Sans responsable' });
    expect(added.missingActions.map((a) => a.code)).not.toContain('1.1.99');

    const posted = await t.request(`/actions/${open.id}/updates`, {
      method: 'POST', token: admin, json: { status: 'done', progress: 100, narrative: 'Terminée dès le premier point.', version: open.version },
    });
    expect(posted.status).toBe(201);
    const closed = await completeness(id);
    expect(counted(closed)).toEqual({ expected: added.expected, received: added.received + 1 });
  });

  it('refuses an unknown cycle (404) and a malformed id (400), in French', async () => {
    const unknown = await t.request('/cycles/999999/completeness', { token: admin });
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toBe('Campagne de suivi introuvable.');
    const malformed = await t.request('/cycles/abc/completeness', { token: admin });
    expect(malformed.status).toBe(400);
    expect(malformed.body.message).toMatch(/^Identifiant invalide/);
    expect((await t.request(`/cycles/${cycles[0].id}/completeness`)).status).toBe(401);
  });
});
