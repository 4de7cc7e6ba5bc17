import { buildPlan } from './support/admin-fixtures';
import { createTestApp, TestApp, TestResponse } from './support/test-app';

/**
 * "Bad input gets a clear French error and a 4xx, never a 5xx, and loses nothing" (DESIGN §5),
 * held for every administration and account route: each bad request below is refused with a 4xx
 * and a French message (naming the field when it is a field's fault), and none of them writes.
 */
describe('bad input to the administration and account routes', () => {
  let t: TestApp;
  let admin: string;
  const ids = { plan: 0, axis: 0, objective: 0, objective2: 0, action: 0, actionCode: '', indicator: 0, cycle: 0, user: 0, otherPlan: 0, otherObjective: 0, otherAction: 0 };
  const TABLES = ['plans', 'axes', 'objectives', 'actions', 'indicators', 'reporting_cycles', 'regional_deployments', 'users', 'account_tokens', 'mail_outbox', 'sessions', 'audit_events'];
  const counts = async () => {
    const { rows } = await t.sql.query(`SELECT ${TABLES.map((name) => `(SELECT count(*)::int FROM ${name}) AS ${name}`).join(', ')}`);
    return rows[0] as Record<string, number>;
  };
  let before: Record<string, number>;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin@boussole.test');
    const built = await buildPlan(t, admin, 'Plan des mauvaises saisies', 2);
    Object.assign(ids, { plan: built.planId, axis: built.axisId, objective: built.objectiveIds[0], objective2: built.objectiveIds[1] });
    const other = await buildPlan(t, admin, 'Plan voisin', 1);
    Object.assign(ids, { otherPlan: other.planId, otherObjective: other.objectiveIds[0] });
    const made = async (path: string, json: Record<string, unknown>) => {
      const response = await t.request(path, { method: 'POST', token: admin, json });
      if (response.status !== 201) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body;
    };
    const action = await made('/actions', { objectiveId: ids.objective, title: 'Action visée', unitCode: 'R' });
    Object.assign(ids, { action: action.id, actionCode: action.code });
    ids.otherAction = (await made('/actions', { objectiveId: ids.otherObjective, title: 'Action voisine', unitCode: 'R' })).id;
    const indicator = { planId: ids.plan, attachedTo: { kind: 'plan' }, name: 'Taux', unit: '%', baselineValue: 10, baselineDate: '2027-12-31', targetValue: 50, targetDate: '2030-12-31', periodicity: 'year' };
    ids.indicator = (await made('/indicators', indicator)).id;
    ids.cycle = (await made('/cycles', { planId: ids.plan, label: 'T1 2028', opensOn: '2028-03-16', closesOn: '2028-04-10' })).id;
    ids.user = (await made('/users', { email: 'saisie@sante.gouv.fr', name: 'Saisie Mauvaise', role: 'viewer' })).user.id;
    before = await counts();
  });
  afterAll(async () => t.close());

  /** The version a record has now, so that the body, not the version, is what is refused. */
  const versionOf = async (table: string, id: number) => String((await t.sql.query(`SELECT version FROM ${table} WHERE id = $1`, [id])).rows[0].version);

  interface Case {
    method: 'POST' | 'PATCH' | 'DELETE' | 'GET';
    path: () => string;
    json?: () => unknown;
    /** A body sent as it is, with `content-type: application/json`. */
    raw?: string;
    /** Sends `If-Match` with the current version of this record. */
    version?: [string, () => number];
    headers?: Record<string, string>;
    /** The field the answer must name. */
    field?: string;
    status?: number;
    token?: 'admin' | 'none';
  }
  const LONG = 'x'.repeat(10_000);
  const plan = () => `/plans/${ids.plan}`;
  const axis = () => `/axes/${ids.axis}`;
  const objective = () => `/objectives/${ids.objective}`;
  const action = () => `/actions/${ids.action}`;
  const indicator = () => `/indicators/${ids.indicator}`;
  const cycle = () => `/cycles/${ids.cycle}`;
  const user = () => `/users/${ids.user}`;
  const planV: Case['version'] = ['plans', () => ids.plan];
  const axisV: Case['version'] = ['axes', () => ids.axis];
  const objectiveV: Case['version'] = ['objectives', () => ids.objective];
  const actionV: Case['version'] = ['actions', () => ids.action];
  const indicatorV: Case['version'] = ['indicators', () => ids.indicator];
  const cycleV: Case['version'] = ['reporting_cycles', () => ids.cycle];
  const userV: Case['version'] = ['users', () => ids.user];
  /** Ids are known once `beforeAll` ran: a body naming one is written as a function. */
  type Extra = Record<string, unknown> | (() => Record<string, unknown>);
  const late = (extra: Extra) => (typeof extra === 'function' ? extra() : extra);
  const newIndicator = (extra: Extra) => () => ({
    planId: ids.plan, attachedTo: { kind: 'plan' }, name: 'Nouveau', unit: '%', baselineValue: 1, baselineDate: '2028-01-01', targetValue: 2, targetDate: '2029-01-01', periodicity: 'year', ...late(extra),
  });
  const newAction = (extra: Extra) => () => ({ objectiveId: ids.objective, title: 'Nouvelle', unitCode: 'R', ...late(extra) });
  const newCycle = (extra: Record<string, unknown>) => () => ({ planId: ids.plan, label: 'T2 2028', opensOn: '2028-06-16', closesOn: '2028-07-10', ...extra });
  const newPlan = (extra: Record<string, unknown>) => () => ({ title: 'Plan neuf', startYear: 2028, endYear: 2030, ...extra });
  const newUser = (extra: Record<string, unknown>) => () => ({ email: 'neuf@sante.gouv.fr', name: 'Neuf', role: 'viewer', ...extra });
  const post = (path: () => string, json: () => unknown, field?: string, status?: number): Case => ({ method: 'POST', path, json, field, status });
  const patch = (path: () => string, version: Case['version'], json: Extra, field?: string, status?: number): Case => ({ method: 'PATCH', path, version, json: () => late(json), field, status });

  const cases: Record<string, Case> = {
    // Plans
    'plan: malformed JSON': { method: 'POST', path: () => '/plans', raw: '{"title": "Plan", ' },
    'plan: a JSON array for the body': { method: 'POST', path: () => '/plans', raw: '[1, 2]' },
    'plan: a JSON string for the body': { method: 'POST', path: () => '/plans', raw: '"Plan"' },
    'plan patch: a null body': { method: 'PATCH', path: plan, raw: 'null', version: planV },
    'axis delete: an array body': { method: 'DELETE', path: axis, raw: '[1]', version: axisV },
    'indicator patch: a target of 1e309': { method: 'PATCH', path: indicator, raw: '{"targetValue":1e309}', version: indicatorV, field: 'targetValue' },
    'plan: a string for a year': post(() => '/plans', newPlan({ startYear: '2028' }), 'startYear'),
    'plan: null title': post(() => '/plans', newPlan({ title: null }), 'title'),
    'plan: an array for the title': post(() => '/plans', newPlan({ title: ['Plan'] }), 'title'),
    'plan: year 1999': post(() => '/plans', newPlan({ startYear: 1999 }), 'startYear'),
    'plan: year 2101': post(() => '/plans', newPlan({ endYear: 2101 }), 'endYear'),
    'plan: year 1e309': { method: 'POST', path: () => '/plans', raw: '{"title":"Plan","startYear":1e309,"endYear":2030}', field: 'startYear' },
    'plan: end before start': post(() => '/plans', newPlan({ startYear: 2030, endYear: 2028 }), 'endYear'),
    'plan: 10k title': post(() => '/plans', newPlan({ title: LONG }), 'title'),
    'plan: 100k description': post(() => '/plans', newPlan({ description: 'x'.repeat(100_000) }), 'description'),
    'plan: an unknown field': post(() => '/plans', newPlan({ owner: 1 }), 'owner'),
    'plan: a title already used': post(() => '/plans', newPlan({ title: 'Plan voisin' }), 'title', 409),
    'plan patch: If-Match "x"': { method: 'PATCH', path: plan, json: () => ({ title: 'Autre' }), headers: { 'if-match': '"x"' } },
    'plan patch: If-Match of 12 digits': { method: 'PATCH', path: plan, json: () => ({ title: 'Autre' }), headers: { 'if-match': '999999999999' } },
    'plan patch: version 99999999999 in the body': { method: 'PATCH', path: plan, json: () => ({ title: 'Autre', version: 99999999999 }) },
    'plan patch: null title': patch(plan, planV, { title: null }, 'title'),
    'plan patch: null start year': patch(plan, planV, { startYear: null }, 'startYear'),
    'plan patch: an unknown state': patch(plan, planV, { state: 'closed' }, 'state'),
    'plan patch: state back to draft from nothing': patch(plan, planV, { state: 42 }, 'state'),
    'plan patch: id 0': { method: 'PATCH', path: () => '/plans/0', json: () => ({ title: 'x' }), headers: { 'if-match': '1' } },
    'plan patch: id -1': { method: 'PATCH', path: () => '/plans/-1', json: () => ({ title: 'x' }), headers: { 'if-match': '1' } },
    'plan patch: id 99999999999': { method: 'PATCH', path: () => '/plans/99999999999', json: () => ({ title: 'x' }), headers: { 'if-match': '1' } },
    'plan patch: id abc': { method: 'PATCH', path: () => '/plans/abc', json: () => ({ title: 'x' }), headers: { 'if-match': '1' } },
    'plan patch: unknown id': { method: 'PATCH', path: () => '/plans/2147483647', json: () => ({ title: 'x' }), headers: { 'if-match': '1' }, status: 404 },
    'plan patch: title already used': patch(plan, planV, { title: 'Plan voisin' }, 'title', 409),
    // Axes
    'axis: malformed JSON': { method: 'POST', path: () => `${plan()}/axes`, raw: '{"title": ' },
    'axis: number 0': post(() => `${plan()}/axes`, () => ({ title: 'Axe', number: 0 }), 'number'),
    'axis: number 999': post(() => `${plan()}/axes`, () => ({ title: 'Axe', number: 999 }), 'number'),
    'axis: number "2"': post(() => `${plan()}/axes`, () => ({ title: 'Axe', number: '2' }), 'number'),
    'axis: a sponsor of 99999999999': post(() => `${plan()}/axes`, () => ({ title: 'Axe', sponsorId: 99999999999 }), 'sponsorId'),
    'axis: an unknown sponsor': post(() => `${plan()}/axes`, () => ({ title: 'Axe', sponsorId: 2147483647 }), 'sponsorId'),
    'axis: an object for the title': post(() => `${plan()}/axes`, () => ({ title: { fr: 'Axe' } }), 'title'),
    'axis: 10k title': post(() => `${plan()}/axes`, () => ({ title: LONG }), 'title'),
    'axis: plan abc': post(() => '/plans/abc/axes', () => ({ title: 'Axe' })),
    'axis: unknown plan': { ...post(() => '/plans/2147483647/axes', () => ({ title: 'Axe' })), status: 404 },
    'axis patch: number 21': patch(axis, axisV, { number: 21 }, 'number'),
    'axis patch: number 2 of 1 axis': patch(axis, axisV, { number: 2 }, 'number'),
    'axis patch: null title': patch(axis, axisV, { title: null }, 'title'),
    'axis patch: If-Match "x"': { method: 'PATCH', path: axis, json: () => ({ title: 'x' }), headers: { 'if-match': '"x"' } },
    'axis delete: id 0': { method: 'DELETE', path: () => '/axes/0', headers: { 'if-match': '1' } },
    'axis delete: a string version': { method: 'DELETE', path: axis, json: () => ({ version: 'un' }), field: 'version' },
    'axis delete: with objectives': { method: 'DELETE', path: axis, version: axisV, status: 409 },
    // Objectives
    'objective: number 51': post(() => `${axis()}/objectives`, () => ({ title: 'Objectif', number: 51 }), 'number'),
    'objective: number -1': post(() => `${axis()}/objectives`, () => ({ title: 'Objectif', number: -1 }), 'number'),
    'objective: null title': post(() => `${axis()}/objectives`, () => ({ title: null }), 'title'),
    'objective: axis -1': post(() => '/axes/-1/objectives', () => ({ title: 'Objectif' })),
    'objective patch: number 9 of 2': patch(objective, objectiveV, { number: 9 }, 'number'),
    'objective patch: an array': { method: 'PATCH', path: objective, version: objectiveV, json: () => [{ title: 'x' }] },
    'objective patch: 10k description': patch(objective, objectiveV, { description: 'x'.repeat(10_001) }, 'description'),
    'objective delete: with an action': { method: 'DELETE', path: objective, version: objectiveV, status: 409 },
    'objective delete: id 99999999999': { method: 'DELETE', path: () => '/objectives/99999999999', headers: { 'if-match': '1' } },
    // Actions
    'action: malformed JSON': { method: 'POST', path: () => '/actions', raw: '{"objectiveId": 1,, }' },
    'action: weight 1e309': { method: 'POST', path: () => '/actions', raw: `{"objectiveId":${0},"title":"A","unitCode":"R","weight":1e309}`, field: 'weight' },
    'action: weight -1': post(() => '/actions', newAction({ weight: -1 }), 'weight'),
    'action: weight 0': post(() => '/actions', newAction({ weight: 0 }), 'weight'),
    'action: weight 100.001': post(() => '/actions', newAction({ weight: 100.001 }), 'weight'),
    'action: weight "2"': post(() => '/actions', newAction({ weight: '2' }), 'weight'),
    'action: due date 2026-02-30': post(() => '/actions', newAction({ dueDate: '2026-02-30' }), 'dueDate'),
    'action: start date 26-01-01': post(() => '/actions', newAction({ startDate: '26-01-01' }), 'startDate'),
    'action: due before start': post(() => '/actions', newAction({ startDate: '2028-05-01', dueDate: '2028-04-30' }), 'dueDate'),
    'action: unknown unit': post(() => '/actions', newAction({ unitCode: 'ZZ' }), 'unitCode'),
    'action: null objective': post(() => '/actions', newAction({ objectiveId: null }), 'objectiveId'),
    'action: objective "abc"': post(() => '/actions', newAction({ objectiveId: 'abc' }), 'objectiveId'),
    'action: objective 99999999999': post(() => '/actions', newAction({ objectiveId: 99999999999 }), 'objectiveId'),
    'action: owner 99999999999': post(() => '/actions', newAction({ ownerId: 99999999999 }), 'ownerId'),
    'action: a viewer as owner': post(() => '/actions', newAction(() => ({ ownerId: ids.user })), 'ownerId'),
    'action: a code already used': post(() => '/actions', newAction(() => ({ code: ids.actionCode })), 'code'),
    'action: a code 1.1.99999999999': post(() => '/actions', newAction({ code: '1.1.99999999999' }), 'code'),
    'action: a 10k title': post(() => '/actions', newAction({ title: LONG }), 'title'),
    'action: an unknown field': post(() => '/actions', newAction({ status: 'done' }), 'status'),
    'action patch: move to an objective of another plan': patch(action, actionV, () => ({ objectiveId: ids.otherObjective }), 'objectiveId'),
    'action patch: position 99999999999': patch(action, actionV, { position: 99999999999 }, 'position'),
    'action patch: null title': patch(action, actionV, { title: null }, 'title'),
    'action patch: null weight': patch(action, actionV, { weight: null }, 'weight'),
    'action patch: null regional': patch(action, actionV, { regional: null }, 'regional'),
    'action patch: null unit': patch(action, actionV, { unitCode: null }, 'unitCode'),
    'action: null regional': post(() => '/actions', newAction({ regional: null }), 'regional'),
    'action patch: position -1': patch(action, actionV, { position: -1 }, 'position'),
    'action patch: weight 1000': patch(action, actionV, { weight: 1000 }, 'weight'),
    'action patch: unknown unit': patch(action, actionV, { unitCode: 'pf' }, 'unitCode'),
    'action patch: due date 2026-13-01': patch(action, actionV, { dueDate: '2026-13-01' }, 'dueDate'),
    'action patch: a 10k description': patch(action, actionV, { description: 'x'.repeat(10_001) }, 'description'),
    'action patch: If-Match "x"': { method: 'PATCH', path: action, json: () => ({ title: 'x' }), headers: { 'if-match': '"x"' } },
    'action delete: id abc': { method: 'DELETE', path: () => '/actions/abc', headers: { 'if-match': '1' } },
    'action delete: a stale version': { method: 'DELETE', path: action, headers: { 'if-match': '"99"' }, status: 409 },
    // Indicators
    'indicator: malformed JSON': { method: 'POST', path: () => '/indicators', raw: '{"name": "x"' },
    'indicator: attachedTo an array': post(() => '/indicators', newIndicator({ attachedTo: [1] }), 'attachedTo'),
    'indicator: attachedTo a string': post(() => '/indicators', newIndicator({ attachedTo: 'plan' }), 'attachedTo'),
    'indicator: attachedTo an unknown kind': post(() => '/indicators', newIndicator({ attachedTo: { kind: 'region' } }), 'attachedTo.kind'),
    'indicator: attachedTo an action of another plan': post(() => '/indicators', newIndicator(() => ({ attachedTo: { kind: 'action', id: ids.otherAction } })), 'attachedTo.id'),
    'indicator: attachedTo id 99999999999': post(() => '/indicators', newIndicator({ attachedTo: { kind: 'axis', id: 99999999999 } }), 'attachedTo.id'),
    'indicator: attachedTo an axis without its id': post(() => '/indicators', newIndicator({ attachedTo: { kind: 'axis' } }), 'attachedTo.id'),
    'indicator: baseline 1e309': { method: 'POST', path: () => '/indicators', raw: '{"planId":1,"attachedTo":{"kind":"plan"},"name":"N","unit":"%","baselineValue":1e309,"baselineDate":"2028-01-01","targetValue":2,"targetDate":"2029-01-01","periodicity":"year"}', field: 'baselineValue' },
    'indicator: target "50"': post(() => '/indicators', newIndicator({ targetValue: '50' }), 'targetValue'),
    'indicator: target date before baseline': post(() => '/indicators', newIndicator({ targetDate: '2027-01-01' }), 'targetDate'),
    'indicator: baseline date 2026-02-30': post(() => '/indicators', newIndicator({ baselineDate: '2026-02-30' }), 'baselineDate'),
    'indicator: intermediate targets not a list': post(() => '/indicators', newIndicator({ intermediateTargets: { date: '2028-06-01', value: 1 } }), 'intermediateTargets'),
    'indicator: intermediate target null': post(() => '/indicators', newIndicator({ intermediateTargets: [null] }), 'intermediateTargets.0'),
    'indicator: intermediate target a number': post(() => '/indicators', newIndicator({ intermediateTargets: [3] }), 'intermediateTargets.0'),
    'indicator: intermediate target without value': post(() => '/indicators', newIndicator({ intermediateTargets: [{ date: '2028-06-01' }] }), 'intermediateTargets.0.value'),
    'indicator: intermediate target with a bad date': post(() => '/indicators', newIndicator({ intermediateTargets: [{ date: '28-06-01', value: 1 }] }), 'intermediateTargets.0.date'),
    'indicator: intermediate target out of the period': post(() => '/indicators', newIndicator({ intermediateTargets: [{ date: '2031-06-01', value: 1 }] }), 'intermediateTargets.0.date'),
    'indicator: intermediate target with an extra field': post(() => '/indicators', newIndicator({ intermediateTargets: [{ date: '2028-06-01', value: 1, note: 'x' }] }), 'intermediateTargets.0.note'),
    'indicator: 51 intermediate targets': post(() => '/indicators', newIndicator({ intermediateTargets: Array.from({ length: 51 }, () => ({ date: '2028-06-01', value: 1 })) }), 'intermediateTargets'),
    'indicator: an unknown periodicity': post(() => '/indicators', newIndicator({ periodicity: 'week' }), 'periodicity'),
    'indicator: a 10k name': post(() => '/indicators', newIndicator({ name: LONG }), 'name'),
    'indicator: plan 0': post(() => '/indicators', newIndicator({ planId: 0 }), 'planId'),
    'indicator: plan 99999999999': post(() => '/indicators', newIndicator({ planId: 99999999999 }), 'planId'),
    'indicator: unknown plan': post(() => '/indicators', newIndicator({ planId: 2147483647 }), 'planId'),
    'indicator patch: planId is not editable': patch(indicator, indicatorV, () => ({ planId: ids.otherPlan }), 'planId'),
    'indicator patch: attached to an objective of another plan': patch(indicator, indicatorV, () => ({ attachedTo: { kind: 'objective', id: ids.otherObjective } }), 'attachedTo.id'),
    'indicator patch: target date before the baseline': patch(indicator, indicatorV, { targetDate: '2020-01-01' }, 'targetDate'),
    'indicator patch: null attachment': patch(indicator, indicatorV, { attachedTo: null }, 'attachedTo'),
    'indicator patch: null periodicity': patch(indicator, indicatorV, { periodicity: null }, 'periodicity'),
    'indicator patch: null name': patch(indicator, indicatorV, { name: null }, 'name'),
    'indicator patch: If-Match "x"': { method: 'PATCH', path: indicator, json: () => ({ name: 'x' }), headers: { 'if-match': '"x"' } },
    'indicator delete: id -1': { method: 'DELETE', path: () => '/indicators/-1', headers: { 'if-match': '1' } },
    // Cycles
    'cycle: malformed JSON': { method: 'POST', path: () => '/cycles', raw: '{"label": "T1"' },
    'cycle: opens on 2026-02-30': post(() => '/cycles', newCycle({ opensOn: '2026-02-30' }), 'opensOn'),
    'cycle: closes on 26-01-01': post(() => '/cycles', newCycle({ closesOn: '26-01-01' }), 'closesOn'),
    'cycle: a number for the date': post(() => '/cycles', newCycle({ opensOn: 20280616 }), 'opensOn'),
    'cycle: a 10k label': post(() => '/cycles', newCycle({ label: LONG }), 'label'),
    'cycle: a label already used': post(() => '/cycles', newCycle({ label: 'T1 2028' }), 'label'),
    'cycle: overlapping': post(() => '/cycles', newCycle({ opensOn: '2028-04-01', closesOn: '2028-05-01' }), 'opensOn'),
    'cycle: plan "abc"': post(() => '/cycles', newCycle({ planId: 'abc' }), 'planId'),
    'cycle: plan 99999999999': post(() => '/cycles', newCycle({ planId: 99999999999 }), 'planId'),
    'cycle: an unknown state': post(() => '/cycles', newCycle({ state: 'open' }), 'state'),
    'cycle patch: null label': patch(cycle, cycleV, { label: null }, 'label'),
    'cycle patch: null opening date': patch(cycle, cycleV, { opensOn: null }, 'opensOn'),
    'cycle patch: an unknown state': patch(cycle, cycleV, { state: 'validated' }, 'state'),
    'cycle patch: closes before it opens': patch(cycle, cycleV, { closesOn: '2028-01-01' }, 'closesOn'),
    'cycle patch: If-Match "x"': { method: 'PATCH', path: cycle, json: () => ({ label: 'x' }), headers: { 'if-match': '"x"' } },
    'cycle patch: id 0': { method: 'PATCH', path: () => '/cycles/0', json: () => ({ label: 'x' }), headers: { 'if-match': '1' } },
    // Users
    'user: malformed JSON': { method: 'POST', path: () => '/users', raw: '{"email":' },
    'user: a bad e-mail': post(() => '/users', newUser({ email: 'pas-une-adresse' }), 'email'),
    'user: an e-mail of 10k': post(() => '/users', newUser({ email: `${LONG}@sante.gouv.fr` }), 'email'),
    'user: an array for the e-mail': post(() => '/users', newUser({ email: ['a@b.fr'] }), 'email'),
    'user: an e-mail already used': post(() => '/users', newUser({ email: 'pf@boussole.test' }), 'email', 409),
    'user: an unknown role': post(() => '/users', newUser({ role: 'root' }), 'role'),
    'user: a project manager without a unit': post(() => '/users', newUser({ role: 'project_manager' }), 'unitCode'),
    'user: an unknown unit': post(() => '/users', newUser({ role: 'project_manager', unitCode: 'ZZ' }), 'unitCode'),
    'user: an unknown region': post(() => '/users', newUser({ role: 'ars_liaison', regionCode: '99' }), 'regionCode'),
    'user: a region for a viewer': post(() => '/users', newUser({ regionCode: '53' }), 'regionCode'),
    'user: a 10k name': post(() => '/users', newUser({ name: LONG }), 'name'),
    'user: null name': post(() => '/users', newUser({ name: null }), 'name'),
    'user: an unknown field': post(() => '/users', newUser({ password: 'x' }), 'password'),
    'user patch: active "non"': patch(user, userV, { active: 'non' }, 'active'),
    'user patch: null active': patch(user, userV, { active: null }, 'active'),
    'user patch: null role': patch(user, userV, { role: null }, 'role'),
    'user patch: an e-mail already used': patch(user, userV, { email: 'pf@boussole.test' }, 'email', 409),
    'user patch: version "abc"': { method: 'PATCH', path: user, json: () => ({ name: 'x', version: 'abc' }), field: 'version' },
    'user patch: version 99999999999': { method: 'PATCH', path: user, json: () => ({ name: 'x', version: 99999999999 }) },
    'user patch: If-Match "x"': { method: 'PATCH', path: user, json: () => ({ name: 'x' }), headers: { 'if-match': '"x"' } },
    'user patch: id abc': { method: 'PATCH', path: () => '/users/abc', json: () => ({ name: 'x' }), headers: { 'if-match': '1' } },
    'user invitation: id 99999999999': post(() => '/users/99999999999/invitation', () => ({})),
    'users list: role root': { method: 'GET', path: () => '/users?role=root', field: 'role' },
    'users list: page 0': { method: 'GET', path: () => '/users?page=0', field: 'page' },
    'users list: page abc': { method: 'GET', path: () => '/users?page=abc', field: 'page' },
    'users list: page 99999999999': { method: 'GET', path: () => '/users?page=99999999999', field: 'page' },
    'users list: pageSize 1e309': { method: 'GET', path: () => '/users?pageSize=1e309', field: 'pageSize' },
    'users list: active maybe': { method: 'GET', path: () => '/users?active=maybe', field: 'active' },
    'users list: two roles': { method: 'GET', path: () => '/users?role=admin&role=viewer', field: 'role' },
    'users list: q of 10k': { method: 'GET', path: () => `/users?q=${LONG.slice(0, 5000)}`, field: 'q' },
    'users list: q twice': { method: 'GET', path: () => '/users?q=a&q=b', field: 'q' },
    'users list: region 99': { method: 'GET', path: () => '/users?region=99', field: 'region' },
    'users list: an unknown filter': { method: 'GET', path: () => '/users?sort=name', field: 'sort' },
    // Accounts
    'invitation: an unknown token': { method: 'POST', path: () => '/auth/invitations/inconnu', json: () => ({ password: 'Hibou-Cornichon-Velo-42' }), token: 'none', status: 404 },
    'invitation: a 10k token': { method: 'POST', path: () => `/auth/invitations/${LONG.slice(0, 5000)}`, json: () => ({ password: 'Hibou-Cornichon-Velo-42' }), token: 'none' },
    'invitation: a number for the password': { method: 'POST', path: () => '/auth/invitations/inconnu', json: () => ({ password: 123456789012 }), token: 'none', field: 'password' },
    'invitation: malformed JSON': { method: 'POST', path: () => '/auth/invitations/inconnu', raw: '{"password"', token: 'none' },
    'password reset: an array': { method: 'POST', path: () => '/auth/password-reset', json: () => ({ email: ['a@b.fr'] }), token: 'none', field: 'email' },
    'password reset: null': { method: 'POST', path: () => '/auth/password-reset', json: () => ({ email: null }), token: 'none', field: 'email' },
    'password reset: a 10k e-mail': { method: 'POST', path: () => '/auth/password-reset', json: () => ({ email: `${LONG}@b.fr` }), token: 'none', field: 'email' },
    'password reset: malformed JSON': { method: 'POST', path: () => '/auth/password-reset', raw: 'email=a@b.fr', token: 'none' },
    'password change: a wrong current password': { method: 'POST', path: () => '/auth/password', json: () => ({ currentPassword: 'pas le bon', newPassword: 'Hibou-Cornichon-Velo-42' }), field: 'currentPassword' },
    'password change: a 10k new password': { method: 'POST', path: () => '/auth/password', json: () => ({ currentPassword: 'x', newPassword: LONG }), field: 'newPassword' },
    'password change: null': { method: 'POST', path: () => '/auth/password', json: () => ({ currentPassword: null, newPassword: null }), field: 'currentPassword' },
    'session end: id abc': { method: 'DELETE', path: () => '/auth/sessions/abc', status: 404 },
    'session end: id 99999999999999999999': { method: 'DELETE', path: () => '/auth/sessions/99999999999999999999', status: 404 },
    'session end: id 0': { method: 'DELETE', path: () => '/auth/sessions/0', status: 404 },
  };

  const send = async (c: Case): Promise<TestResponse> => {
    const headers: Record<string, string> = { ...c.headers };
    if (c.version) headers['if-match'] = await versionOf(c.version[0], c.version[1]());
    const token = c.token === 'none' ? undefined : admin;
    if (c.raw !== undefined) return t.request(c.path(), { method: c.method, token, body: c.raw, headers: { ...headers, 'content-type': 'application/json' } });
    return t.request(c.path(), { method: c.method, token, json: c.json?.(), headers });
  };

  it.each(Object.entries(cases))('%s: a 4xx with a French message', async (_, c) => {
    const response = await send(c);
    expect({ status: response.status, body: response.body }).toEqual({ status: c.status ?? expect.any(Number), body: expect.objectContaining({ message: expect.any(String) }) });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    // French: accents or French words, none of the framework's English.
    expect(response.body.message).toMatch(/[àâçéèêëîïôûù’«]|\b(le|la|les|un|une|des|du|de|est|doit|introuvable|invalide)\b/i);
    expect(response.body.message).not.toMatch(/\b(must|should|cannot|Bad Request|Internal|Unexpected|property)\b/);
    if (c.field) expect(response.body.fields).toEqual(expect.objectContaining({ [c.field]: expect.stringMatching(/\S/) }));
  });

  it('wrote nothing and recorded no audit event for any of them', async () => {
    // A wrong current password is recorded on purpose (the trail of attempts on an account).
    const attempts = (await t.sql.query(`SELECT count(*)::int AS n FROM audit_events WHERE verb = 'password.change_failed'`)).rows[0].n;
    expect(attempts).toBe(1);
    expect(await counts()).toEqual({ ...before, audit_events: before['audit_events'] + attempts });
    const { rows } = await t.sql.query(`SELECT title, version FROM plans WHERE id = $1`, [ids.plan]);
    expect(rows[0]).toEqual({ title: 'Plan des mauvaises saisies', version: 1 });
  });
});
