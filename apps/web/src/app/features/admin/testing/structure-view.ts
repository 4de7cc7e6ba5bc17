import type { TestRequest } from '@angular/common/http/testing';
import type { AdminAction, AdminIndicator, AdminPlan } from '../admin-types';
import { ACTIONS, INDICATORS, aPlan } from './admin-fixtures';
import { openAdmin, type AdminView } from './admin-harness';

/** Answers the three requests of the structure page: the plan, its actions, its indicators. */
export async function answerStructure(
  view: AdminView,
  plan: AdminPlan = aPlan(),
  actions: AdminAction[] = ACTIONS,
  indicators: AdminIndicator[] = INDICATORS,
): Promise<void> {
  (await view.request(`/api/plans/${plan.id}`, 'GET')).flush(plan);
  (await view.request('/api/actions', 'GET')).flush(actions, {
    headers: { 'X-Total-Count': String(actions.length) },
  });
  (await view.request('/api/indicators', 'GET')).flush(indicators);
  await view.stable();
}

/** The structure page of plan 1, answered. */
export async function openStructure(
  plan: AdminPlan = aPlan(),
  actions: AdminAction[] = ACTIONS,
  indicators: AdminIndicator[] = INDICATORS,
): Promise<AdminView> {
  const view = await openAdmin(`/administration/plans/${plan.id}/structure`);
  await view.navigation;
  await answerStructure(view, plan, actions, indicators);
  return view;
}

/** The pending `GET /api/users` request for `role`. */
export async function usersRequest(
  view: AdminView,
  role: string,
): Promise<TestRequest> {
  for (let attempt = 0; ; attempt++) {
    const [found] = view.http.match(
      (request) =>
        request.url === '/api/users' && request.params.get('role') === role,
    );
    if (found) return found;
    if (attempt === 200)
      throw new Error(`No request of the users with role ${role}.`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** A user as `GET /api/users` lists them (the forms read only the id and the name). */
export function aPerson(id: number, name: string, role: string) {
  return {
    id,
    name,
    email: `${id}@sante.gouv.fr`,
    role,
    unit: null,
    regionCode: null,
    active: true,
    createdAt: '2026-01-01T00:00:00Z',
    lastSeenAt: null,
    hasPassword: true,
    pendingLinkExpiresAt: null,
    version: 1,
  };
}
