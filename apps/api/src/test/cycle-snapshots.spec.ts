import type { AxisRollup, CycleSnapshot, PlanRollup } from '@boussole/domain';
import { DataSource } from 'typeorm';
import { CycleSnapshotService } from '../cycles/snapshots/cycle-snapshot.service';
import { createTestApp, TestApp } from './support/test-app';

/** The frozen state of a cycle (issue 10, point 3): freezing, immutability, closing, reading. */
describe('frozen snapshots of a reporting cycle', () => {
  let t: TestApp;
  let admin: string;
  let planId: number;
  let open: { id: number; label: string };
  let axes: { id: number; number: number }[];
  let directorId: number;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin@boussole.test');
    [{ id: planId }] = (await t.sql.query(`SELECT id FROM plans WHERE state = 'active'`)).rows;
    [open] = (await t.sql.query(`SELECT id, label FROM reporting_cycles WHERE plan_id = $1 AND state = 'open'`, [planId])).rows;
    axes = (await t.sql.query(`SELECT id, number FROM axes WHERE plan_id = $1 ORDER BY number`, [planId])).rows;
    [{ id: directorId }] = (await t.sql.query(`SELECT id FROM users WHERE email = 'direction@boussole.test'`)).rows;
  });
  afterAll(async () => t.close());

  /** A validation as the validation route writes it, with its snapshot frozen in the same transaction. */
  async function validate(cycleId: number, axisId: number): Promise<number> {
    return t.app.get(DataSource).transaction(async (manager) => {
      const [{ id }] = await manager.query(`INSERT INTO axis_validations (cycle_id, axis_id, validated_by) VALUES ($1, $2, $3) RETURNING id`, [cycleId, axisId, directorId]);
      await t.app.get(CycleSnapshotService).freezeAxis(manager, { cycleId, axisId, validationId: id });
      return id;
    });
  }

  const snapshot = async (cycleId: number, token = admin): Promise<CycleSnapshot> => {
    const response = await t.request(`/cycles/${cycleId}/snapshot`, { token });
    expect(response.status).toBe(200);
    return response.body;
  };

  const withoutExplain = ({ explain: _e, objectives, ...axis }: AxisRollup) => ({
    ...axis,
    objectives: objectives.map(({ explain: _o, ...o }) => o),
  });

  it('has nothing frozen in the demo’s open cycle', async () => {
    const body = await snapshot(open.id);
    expect(body.cycle).toMatchObject({ id: open.id, label: open.label, state: 'open' });
    expect(body.axes).toEqual([]);
    expect(body.plan).toBeNull();
  });

  it('freezes an axis with the very figures the roll-up gives at that moment', async () => {
    const axis = axes[0];
    const rollup: PlanRollup = (await t.request(`/plans/${planId}/rollup`, { token: admin })).body;
    const validationId = await validate(open.id, axis.id);

    const body = await snapshot(open.id);
    expect(body.axes).toHaveLength(1);
    const frozen = body.axes[0];
    expect(frozen).toMatchObject({ axisId: axis.id, number: 1, validationId, asOf: rollup.asOf });
    expect(Date.now() - Date.parse(frozen.frozenAt)).toBeLessThan(60_000);
    expect(frozen.rollup).toEqual(withoutExplain(rollup.axes[0]));
    expect(frozen.rollup.objectives.length).toBeGreaterThan(0);
    expect(JSON.stringify(frozen)).not.toContain('"explain"');

    // Each action as the action list shows it now, with its latest narrative.
    const list = (await t.request(`/actions?plan=${planId}&axis=${axis.id}&pageSize=200`, { token: admin })).body;
    expect(frozen.actions.map((a) => a.id).sort()).toEqual(list.map((a: { id: number }) => a.id).sort());
    for (const item of list) {
      const kept = frozen.actions.find((a) => a.id === item.id);
      expect({
        status: kept?.status, effectiveStatus: kept?.effectiveStatus, progress: kept?.progress, expectedProgress: kept?.expectedProgress,
        signals: kept?.signals.map((s) => s.kind), weight: kept?.weight, owner: kept?.owner, unitCode: kept?.unitCode, lastUpdateAt: kept?.lastUpdateAt,
      }).toEqual({
        status: item.status, effectiveStatus: item.effectiveStatus, progress: item.progress, expectedProgress: item.expectedProgress,
        signals: item.signals, weight: item.weight, owner: item.owner, unitCode: item.unit.code, lastUpdateAt: item.lastUpdateAt,
      });
    }
    const { rows: narratives } = await t.sql.query(
      `SELECT DISTINCT ON (u.action_id) u.action_id, u.narrative FROM status_updates u JOIN actions a ON a.id = u.action_id
        WHERE a.axis_id = $1 ORDER BY u.action_id, u.created_at DESC, u.id DESC`,
      [axis.id],
    );
    expect(narratives.length).toBeGreaterThan(0);
    for (const n of narratives) expect(frozen.actions.find((a) => a.id === n.action_id)?.narrative).toBe(n.narrative);
    // Frozen: the axis's objectives and actions sum up to its roll-up.
    expect(frozen.actions).toHaveLength(frozen.rollup.actionCount);
  });

  it('keeps snapshots as they were: the database refuses UPDATE and DELETE', async () => {
    const { rows: [row] } = await t.sql.query(`SELECT id, content FROM cycle_snapshots WHERE cycle_id = $1`, [open.id]);
    await expect(t.sql.query(`UPDATE cycle_snapshots SET content = '{}' WHERE id = $1`, [row.id])).rejects.toThrow(/immutable/);
    await expect(t.sql.query(`UPDATE cycle_snapshots SET as_of = as_of - 1 WHERE id = $1`, [row.id])).rejects.toThrow(/immutable/);
    await expect(t.sql.query(`DELETE FROM cycle_snapshots WHERE id = $1`, [row.id])).rejects.toThrow(/immutable/);
    const { rows: [after] } = await t.sql.query(`SELECT content FROM cycle_snapshots WHERE id = $1`, [row.id]);
    expect(after.content).toEqual(row.content);
  });

  it('freezes at the closing the axes no standing validation froze, and the plan', async () => {
    // Axis 2 validated then reopened: its snapshot no longer stands, the closing freezes it anew.
    const reopened = await validate(open.id, axes[1].id);
    await t.sql.query(`UPDATE axis_validations SET reopened_at = now(), reopened_by = $2, reopen_reason = 'Chiffres à revoir.' WHERE id = $1`, [reopened, directorId]);
    const [standing] = (await snapshot(open.id)).axes;

    const before: PlanRollup = (await t.request(`/plans/${planId}/rollup`, { token: admin })).body;
    const { rows: [cycle] } = await t.sql.query(`SELECT version FROM reporting_cycles WHERE id = $1`, [open.id]);
    const closed = await t.request(`/cycles/${open.id}`, { method: 'PATCH', token: admin, json: { state: 'closed', version: cycle.version } });
    expect(closed.status).toBe(200);

    const body = await snapshot(open.id);
    expect(body.cycle.state).toBe('closed');
    expect(body.axes.map((a) => a.number)).toEqual([1, 2, 3, 4]);
    // Axis 1 keeps what its validation froze; the others were frozen by the closing.
    expect(body.axes[0]).toEqual(standing);
    expect(body.axes.slice(1).map((a) => a.validationId)).toEqual([null, null, null]);
    for (const [i, frozen] of body.axes.entries()) expect(frozen.rollup).toEqual(withoutExplain(before.axes[i]));
    const { explain: _explain, ...plan } = before.plan;
    expect(body.plan).toMatchObject({ asOf: before.asOf, rollup: plan });
    // The closing froze the cycle's freshness too: the actions still without an update in it.
    expect(body.plan?.rollup.signals.stale).toBeGreaterThan(0);

    const { rows } = await t.sql.query(
      `SELECT axis_id, validation_id FROM cycle_snapshots WHERE cycle_id = $1 ORDER BY id`,
      [open.id],
    );
    expect(rows).toHaveLength(6);
    expect(rows.filter((r) => r.axis_id === axes[0].id)).toHaveLength(1);
    expect(rows.filter((r) => r.axis_id === axes[1].id).map((r) => r.validation_id)).toEqual([reopened, null]);
    expect(rows.filter((r) => r.axis_id === null)).toEqual([{ axis_id: null, validation_id: null }]);
  });

  it('lets every signed-in user read a snapshot, and no one anonymous', async () => {
    const { rows: [past] } = await t.sql.query(`SELECT id FROM reporting_cycles WHERE plan_id = $1 AND state = 'closed' ORDER BY opens_on LIMIT 1`, [planId]);
    for (const email of ['direction', 'pf', 'ars-bretagne', 'lecture']) {
      const token = await t.login(`${email}@boussole.test`);
      expect((await snapshot(past.id, token)).axes).toHaveLength(4);
      expect((await t.request(`/plans/${planId}/snapshots`, { token })).status).toBe(200);
    }
    expect((await t.request(`/cycles/${past.id}/snapshot`)).status).toBe(401);
    expect((await t.request(`/plans/${planId}/snapshots`)).status).toBe(401);
  });

  it('answers unknown or malformed ids with a 4xx in French', async () => {
    const unknown = await t.request('/cycles/999999/snapshot', { token: admin });
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toBe('Campagne de suivi introuvable.');
    const malformed = await t.request('/cycles/abc/snapshot', { token: admin });
    expect(malformed.status).toBe(400);
    expect(malformed.body.message).toMatch(/^Identifiant invalide/);
    const plan = await t.request('/plans/999999/snapshots', { token: admin });
    expect(plan.status).toBe(404);
    expect(plan.body.message).toBe('Projet stratégique introuvable.');
    expect((await t.request('/plans/0/snapshots', { token: admin })).status).toBe(400);
  });

  it('refuses a freeze of an axis of another plan', async () => {
    const { rows: [other] } = await t.sql.query(`SELECT x.id FROM axes x WHERE x.plan_id <> $1 LIMIT 1`, [planId]);
    const { rows: [past] } = await t.sql.query(`SELECT id FROM reporting_cycles WHERE plan_id = $1 AND state = 'closed' LIMIT 1`, [planId]);
    await expect(
      t.app.get(DataSource).transaction((manager) => t.app.get(CycleSnapshotService).freezeAxis(manager, { cycleId: past.id, axisId: other.id, validationId: 1 })),
    ).rejects.toThrow('Axe introuvable.');
  });
});
