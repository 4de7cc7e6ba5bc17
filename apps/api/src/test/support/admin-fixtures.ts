import { Client } from 'pg';
import type { TestApp } from './test-app';

/** Helpers of the administration specs: ids of demo records, a small plan built through the API, events. */

export async function userId(t: TestApp, email: string): Promise<number> {
  return (await t.sql.query(`SELECT id FROM users WHERE email = $1`, [email])).rows[0].id;
}

export async function activePlanId(t: TestApp): Promise<number> {
  return (await t.sql.query(`SELECT id FROM plans WHERE title = 'Projet stratégique 2025-2027'`)).rows[0].id;
}

export interface BuiltPlan {
  planId: number;
  axisId: number;
  objectiveIds: number[];
}

/** A draft plan with one axis and `objectives` objectives, made through the API as an admin. */
export async function buildPlan(t: TestApp, admin: string, title: string, objectives = 2): Promise<BuiltPlan> {
  const plan = await t.request('/plans', { method: 'POST', token: admin, json: { title, startYear: 2028, endYear: 2030 } });
  if (plan.status !== 201) throw new Error(`plan: ${plan.status} ${JSON.stringify(plan.body)}`);
  const axis = await t.request(`/plans/${plan.body.id}/axes`, { method: 'POST', token: admin, json: { title: 'Premier axe' } });
  if (axis.status !== 201) throw new Error(`axis: ${axis.status} ${JSON.stringify(axis.body)}`);
  const objectiveIds: number[] = [];
  for (let i = 1; i <= objectives; i++) {
    const o = await t.request(`/axes/${axis.body.id}/objectives`, { method: 'POST', token: admin, json: { title: `Objectif ${i}` } });
    if (o.status !== 201) throw new Error(`objective: ${o.status} ${JSON.stringify(o.body)}`);
    objectiveIds.push(o.body.id);
  }
  return { planId: plan.body.id, axisId: axis.body.id, objectiveIds };
}

/** The latest audit event of a record. */
export async function lastAudit(t: TestApp, entityType: string, entityId: number | string): Promise<{ verb: string; before: unknown; after: unknown; actor_id: number }> {
  const { rows } = await t.sql.query(
    `SELECT verb, before, after, actor_id FROM audit_events WHERE entity_type = $1 AND entity_id = $2 ORDER BY id DESC LIMIT 1`,
    [entityType, String(entityId)],
  );
  return rows[0];
}

/** Listens to the events channel; `events()` gives what was published since (committed writes only). */
export async function listenEvents(t: TestApp): Promise<{ events: () => Promise<Record<string, unknown>[]>; close: () => Promise<void> }> {
  const client = new Client({ connectionString: t.url });
  await client.connect();
  const received: Record<string, unknown>[] = [];
  client.on('notification', (m) => m.payload && received.push(JSON.parse(m.payload)));
  await client.query('LISTEN boussole_events');
  return {
    // A round trip on the same connection delivers the notifications sent before it.
    events: async () => {
      await client.query('SELECT 1');
      return [...received];
    },
    close: () => client.end(),
  };
}
