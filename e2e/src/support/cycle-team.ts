import { isoDay } from './admin';

/** The reporting cycle journey's people, on the server of their own (global setup). */
export const TEAM = {
  director: { email: 'claire.directrice@sante.gouv.fr', name: 'Claire Directrice', role: 'director' },
  rh: { email: 'hugo.rh@sante.gouv.fr', name: 'Hugo Ressources', role: 'project_manager', unitCode: 'RH' },
  q: { email: 'lea.qualite@sante.gouv.fr', name: 'Léa Qualité', role: 'project_manager', unitCode: 'Q' },
} as const;

export const TEAM_PASSWORD = 'Revue-Trimestrielle-2026!';

export interface CycleServer {
  base: string;
  admin: { email: string; password: string };
}

export function cycleServer(): CycleServer {
  const base = process.env['BOUSSOLE_E2E_CYCLE_BASE'];
  const admin = process.env['BOUSSOLE_E2E_PRODUCTION_ADMIN'];
  if (!base || !admin) throw new Error('BOUSSOLE_E2E_CYCLE_BASE is not set: run the journeys through Jest (global setup).');
  return { base, admin: JSON.parse(admin) };
}

/** A small API client with a bearer token: the journey's set-up, not what it checks. */
export async function apiAs(base: string, email: string, password: string) {
  const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (!login.ok) throw new Error(`login ${email}: ${login.status} ${await login.text()}`);
  const { token } = (await login.json()) as { token: string };
  return async function call<T = unknown>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: T }> {
    const response = await fetch(`${base}/api${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
  };
}

async function ok<T>(promise: Promise<{ status: number; body: T }>, what: string): Promise<T> {
  const { status, body } = await promise;
  if (status >= 300) throw new Error(`${what}: ${status} ${JSON.stringify(body)}`);
  return body;
}

export interface CycleFixture {
  planId: number;
  cycleLabel: string;
  axisIds: [number, number];
  actions: { code: string; id: number; title: string }[];
}

/**
 * An active plan of two axes and four actions owned by two project managers, a director, and a
 * planned cycle that began ten days ago and closes in ten: made through the API, as an import would.
 */
export async function setUpReview(server: CycleServer): Promise<CycleFixture> {
  const admin = await apiAs(server.base, server.admin.email, server.admin.password);
  const ids: Record<string, number> = {};
  for (const [key, person] of Object.entries(TEAM)) {
    const created = await ok(admin<{ user: { id: number }; invitation: { link: string } }>('POST', '/users', person), `user ${key}`);
    const token = created.invitation.link.split('/').pop();
    const accepted = await fetch(`${server.base}/api/auth/invitations/${token}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ password: TEAM_PASSWORD }),
    });
    if (!accepted.ok) throw new Error(`invitation ${key}: ${accepted.status} ${await accepted.text()}`);
    ids[key] = created.user.id;
  }
  const plan = await ok(admin<{ id: number; version: number }>('POST', '/plans', { title: 'Feuille de route de l’offre de soins', startYear: 2025, endYear: 2027 }), 'plan');
  const axis1 = await ok(admin<{ id: number }>('POST', `/plans/${plan.id}/axes`, { title: 'Rendre les métiers du soin attractifs' }), 'axis 1');
  const axis2 = await ok(admin<{ id: number }>('POST', `/plans/${plan.id}/axes`, { title: 'Garantir l’accès aux soins' }), 'axis 2');
  const objective1 = await ok(admin<{ id: number }>('POST', `/axes/${axis1.id}/objectives`, { title: 'Fidéliser les soignants' }), 'objective 1.1');
  const objective2 = await ok(admin<{ id: number }>('POST', `/axes/${axis2.id}/objectives`, { title: 'Réduire les délais d’accès' }), 'objective 2.1');
  const dates = { startDate: isoDay(-60), dueDate: isoDay(120) };
  const specs = [
    { objectiveId: objective1.id, title: 'Plannings partagés dans les services', unitCode: 'RH', ownerId: ids['rh'] },
    { objectiveId: objective1.id, title: 'Référentiel qualité de vie au travail', unitCode: 'Q', ownerId: ids['q'] },
    { objectiveId: objective1.id, title: 'Tutorat des nouveaux infirmiers', unitCode: 'RH', ownerId: ids['rh'] },
    { objectiveId: objective2.id, title: 'Consultations avancées en zone sous-dense', unitCode: 'Q', ownerId: ids['q'] },
  ];
  const actions = [];
  for (const spec of specs) {
    const action = await ok(admin<{ id: number; code: string; title: string }>('POST', '/actions', { ...spec, ...dates, weight: 1 }), spec.title);
    actions.push({ id: action.id, code: action.code, title: action.title });
  }
  const current = await ok(admin<{ version: number }>('GET', `/plans/${plan.id}`), 'plan read');
  await ok(admin('PATCH', `/plans/${plan.id}`, { state: 'active', version: current.version }), 'plan activation');
  const cycleLabel = 'Revue de décembre';
  await ok(admin('POST', '/cycles', { planId: plan.id, label: cycleLabel, opensOn: isoDay(-10), closesOn: isoDay(10) }), 'cycle');
  return { planId: plan.id, cycleLabel, axisIds: [axis1.id, axis2.id], actions };
}
