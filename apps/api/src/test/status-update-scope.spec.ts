import { can, statusChangeErrors, STATUSES, type Actor, type Role } from '@boussole/domain';
import { actionUpdateUnits, allowedPrevious } from '../actions/status-update-lock';
import { createTestApp, TestApp } from './support/test-app';

/*
 * A status update is checked by its SQL function against what the shared rules decided in Node
 * beforehand (status-update-lock.ts). These hold the two together: the units and the previous
 * météos given to the function are exactly those the policy and the météo rule allow, and the
 * function writes nothing when the action is not one of them.
 */
describe('the status update’s decisions, taken before its one statement', () => {
  const roles: Role[] = ['admin', 'director', 'project_manager', 'ars_liaison', 'viewer'];
  const units = ['PF', 'RH', 'pf', 'DNS', 'N', 'PF ', ''];

  it.each(roles.flatMap((role) => [null, 'PF', 'RH'].map((unitCode) => [role, unitCode] as const)))(
    'gives the function the units the policy lets a %s of unit %s update, and no other',
    (role, unitCode) => {
      const actor: Actor = { id: 7, role, unitCode, regionCode: role === 'ars_liaison' ? '11' : null };
      const scope = actionUpdateUnits(actor);
      for (const unit of units) {
        expect([unit, scope === null || scope.includes(unit)]).toEqual([unit, can(actor, 'action.update', { unitCode: unit }).allowed]);
      }
    },
  );

  it('gives the function the previous météos the shared rule accepts the change from, and no other', () => {
    const narratives = ['', '  ', 'Retard du prestataire.'];
    for (const status of STATUSES) {
      for (const progress of [0, 40, 100]) {
        for (const narrative of narratives) {
          const allowed = allowedPrevious({ status, progress, narrative });
          for (const previous of STATUSES) {
            const faults = statusChangeErrors({ previous, status, progress, narrative }, 'action');
            expect([previous, status, progress, narrative, allowed.includes(previous)]).toEqual([previous, status, progress, narrative, Object.keys(faults).length === 0]);
          }
        }
      }
    }
  });

  describe('the SQL function', () => {
    let t: TestApp;
    let action: { id: number; version: number; status: string; unit: string; updates: number; audits: number };
    const call = (units: string[] | null, previous: string[], version = action.version) =>
      t.sql.query(`SELECT boussole_post_status_update($1, $2, 'on_track', 30::smallint, 'Point.', NULL, NULL, 1, $3, $4) AS outcome`, [
        action.id, version, units, previous,
      ]);
    const counts = async (id = action.id) => {
      const [row] = (
        await t.sql.query(
          `SELECT a.version, (SELECT count(*)::int FROM status_updates WHERE action_id = a.id) AS updates,
                  (SELECT count(*)::int FROM audit_events WHERE entity_type = 'action' AND entity_id = a.id::text) AS audits
             FROM actions a WHERE a.id = $1`,
          [id],
        )
      ).rows;
      return row;
    };

    beforeAll(async () => {
      t = await createTestApp();
      const [row] = (
        await t.sql.query(
          `SELECT a.id, a.version, a.status, u.code AS unit FROM actions a JOIN units u ON u.id = a.unit_id JOIN axes ax ON ax.id = a.axis_id
            WHERE a.status = 'on_track' AND NOT EXISTS (SELECT 1 FROM axis_validations v JOIN reporting_cycles c ON c.id = v.cycle_id AND c.state = 'open'
                               WHERE v.axis_id = ax.id AND v.reopened_at IS NULL)
            ORDER BY a.id LIMIT 1`,
        )
      ).rows;
      action = { ...row, ...(await counts(row.id)) };
    });
    afterAll(async () => t.close());

    it('writes nothing for another unit, a stale version or a météo the change is not allowed from, and says what it found', async () => {
      for (const [units, previous, version] of [
        [['ZZ'], [...STATUSES], action.version],
        [[], [...STATUSES], action.version],
        [null, STATUSES.filter((s) => s !== action.status), action.version],
        [null, [...STATUSES], action.version + 1],
      ] as const) {
        const { outcome } = (await call(units === null ? null : [...units], [...previous], version)).rows[0];
        expect(outcome).toMatchObject({ written: false, action: { id: action.id, unit_code: action.unit, status: action.status, version: action.version } });
      }
      expect(await counts()).toEqual({ version: action.version, updates: action.updates, audits: action.audits });
    });

    it('writes the update, the action’s new version and its audit event when every check holds', async () => {
      const { outcome } = (await call([action.unit], [action.status])).rows[0];
      expect(outcome).toMatchObject({ written: true, version: action.version + 1 });
      expect(await counts()).toEqual({ version: action.version + 1, updates: action.updates + 1, audits: action.audits + 1 });
      const [audit] = (await t.sql.query(`SELECT before, after FROM audit_events WHERE verb = 'status_update.create' AND entity_id = $1 ORDER BY id DESC LIMIT 1`, [String(action.id)])).rows;
      expect(audit).toEqual({
        before: { status: action.status, progress: expect.any(Number), version: action.version },
        after: { status: 'on_track', progress: 30, version: action.version + 1, statusUpdateId: outcome.updateId },
      });
    });
  });
});
