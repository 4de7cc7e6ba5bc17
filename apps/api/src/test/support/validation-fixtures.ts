import { buildPlan } from './admin-fixtures';
import type { TestApp, TestResponse } from './test-app';

/** Helpers of the specs of an axis's validation: a small plan of two axes with its open cycle, built through the API. */

export interface BuiltAction {
  id: number;
  code: string;
}

export interface BuiltAxis {
  id: number;
  number: number;
  objectiveId: number;
  actions: BuiltAction[];
}

export interface ValidationPlan {
  planId: number;
  cycleId: number;
  cycleLabel: string;
  axes: BuiltAxis[];
}

function expectStatus(response: TestResponse, status: number, what: string): TestResponse {
  if (response.status !== status) throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
  return response;
}

/**
 * A plan with one axis per entry of `actionsPerAxis`, each with one objective holding that many
 * actions of the PF unit (the first `regional` of each are rolled out per region), and an open
 * cycle that expects an update from every one of them.
 */
export async function buildValidationPlan(
  t: TestApp,
  admin: string,
  title: string,
  actionsPerAxis: number[],
  options: { regional?: number; cycleLabel?: string } = {},
): Promise<ValidationPlan> {
  const { planId, axisId, objectiveIds } = await buildPlan(t, admin, title, 1);
  const axes: BuiltAxis[] = [{ id: axisId, number: 1, objectiveId: objectiveIds[0], actions: [] }];
  for (let n = 2; n <= actionsPerAxis.length; n++) {
    const axis = expectStatus(await t.request(`/plans/${planId}/axes`, { method: 'POST', token: admin, json: { title: `Axe ${n}` } }), 201, 'axis');
    const objective = expectStatus(
      await t.request(`/axes/${axis.body.id}/objectives`, { method: 'POST', token: admin, json: { title: `Objectif ${n}` } }),
      201,
      'objective',
    );
    axes.push({ id: axis.body.id, number: n, objectiveId: objective.body.id, actions: [] });
  }
  for (const [i, axis] of axes.entries()) {
    for (let k = 0; k < actionsPerAxis[i]; k++) {
      const action = expectStatus(
        await t.request('/actions', {
          method: 'POST',
          token: admin,
          json: { objectiveId: axis.objectiveId, title: `Action ${k + 1} de l’axe ${axis.number}`, unitCode: 'PF', regional: k < (options.regional ?? 0) },
        }),
        201,
        'action',
      );
      axis.actions.push({ id: action.body.id, code: action.body.code });
    }
  }
  const cycleLabel = options.cycleLabel ?? 'T1 2026';
  const cycle = expectStatus(
    await t.request('/cycles', { method: 'POST', token: admin, json: { planId, label: cycleLabel, opensOn: '2026-01-01', closesOn: '2030-12-31' } }),
    201,
    'cycle',
  );
  expectStatus(await t.request(`/cycles/${cycle.body.id}`, { method: 'PATCH', token: admin, json: { state: 'open', version: 1 } }), 200, 'open');
  return { planId, cycleId: cycle.body.id, cycleLabel, axes };
}

/** Posts a status update with the action's current version; returns the response. */
export async function postUpdate(t: TestApp, token: string, actionId: number, progress = 30): Promise<TestResponse> {
  const { version } = (await t.request(`/actions/${actionId}`, { token })).body;
  return t.request(`/actions/${actionId}/updates`, {
    method: 'POST',
    token,
    json: { status: 'on_track', progress, narrative: `Avancement à ${progress} %.`, version },
  });
}

export function validate(t: TestApp, token: string, cycleId: number, axisId: number, json: Record<string, unknown> = {}): Promise<TestResponse> {
  return t.request(`/cycles/${cycleId}/axes/${axisId}/validate`, { method: 'POST', token, json });
}

export function reopen(t: TestApp, token: string, cycleId: number, axisId: number, json: Record<string, unknown> = { reason: 'Point reçu après la validation.' }): Promise<TestResponse> {
  return t.request(`/cycles/${cycleId}/axes/${axisId}/validation`, { method: 'DELETE', token, json });
}
