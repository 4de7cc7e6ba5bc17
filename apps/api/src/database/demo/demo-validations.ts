import { formatDateFr } from '@boussole/domain';
import type { EntityManager } from 'typeorm';
import { missingUpdates } from '../../cycles/expected-updates';
import { freezeSnapshots } from '../../cycles/snapshots/freeze-axis';
import { DemoRandom } from './demo-random';

const JUSTIFICATIONS = [
  'Point non transmis avant la clôture ; la situation a été présentée oralement en comité de direction.',
  'Action sans évolution sur la période, confirmée par la sous-direction lors de la revue.',
  'Point reporté à la campagne suivante, en attente d’un arbitrage ; situation connue de la direction.',
];

/**
 * The history a real review leaves on each closed cycle: every axis validated by the direction on
 * the closing day, with a justification for each update still missing then, and frozen as of that
 * day (the roll-up as of the closing, not today's figures); the plan frozen at the closing too.
 * The open cycle has nothing validated.
 */
export async function validateDemoCycles(manager: EntityManager, planId: number, directorId: number): Promise<void> {
  const cycles: { id: number; label: string; closes_on: string }[] = await manager.query(
    `SELECT id, label, closes_on FROM reporting_cycles WHERE plan_id = $1 AND state = 'closed' ORDER BY opens_on`,
    [planId],
  );
  const axes: { id: number; number: number }[] = await manager.query(`SELECT id, number FROM axes WHERE plan_id = $1 ORDER BY number`, [planId]);
  for (const cycle of cycles) {
    const random = new DemoRandom(`validation:${cycle.label}`);
    // The CODIR meets in the afternoon of the closing day, after every update of the cycle.
    const validatedAt = new Date(`${cycle.closes_on}T15:00:00Z`);
    const missing = await missingUpdates(manager, cycle.id);
    const justifications = axes.map((axis) =>
      missing.filter((m) => m.axisId === axis.id).map((m) => ({ actionId: m.id, code: m.code, title: m.title, text: random.pick(JUSTIFICATIONS) })),
    );
    const validations: { axisId: number; validationId: number }[] = await manager.query(
      `INSERT INTO axis_validations (cycle_id, axis_id, validated_by, validated_at, comment, justifications)
       SELECT $1, t.axis_id, $2, $3, t.comment, t.justifications
         FROM unnest($4::int[], $5::text[], $6::jsonb[]) AS t(axis_id, comment, justifications)
       RETURNING axis_id AS "axisId", id AS "validationId"`,
      [cycle.id, directorId, validatedAt, axes.map((a) => a.id),
        axes.map((a) => `Axe ${a.number} validé en comité de direction le ${formatDateFr(cycle.closes_on)}.`),
        justifications.map((j) => JSON.stringify(j))],
    );
    await freezeSnapshots(manager, cycle.id, { axes: validations, plan: true }, { asOf: cycle.closes_on, frozenAt: validatedAt });
  }
}
