import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { PUBLIC_KEY, VERB_KEY } from '../common/decorators/access.decorator';
import { createTestApp, TestApp } from './support/test-app';

/** Every route states its access rule, so that the guard never lets one through by omission. */
describe('access guard', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(async () => t.close());

  it('finds an access rule on every route of every controller', () => {
    const routes: string[] = [];
    const missing: string[] = [];
    for (const module of t.app.get(ModulesContainer).values()) {
      for (const wrapper of module.controllers.values()) {
        const type = wrapper.metatype as (new (...args: unknown[]) => unknown) | null;
        if (!type) continue;
        for (const name of Object.getOwnPropertyNames(type.prototype)) {
          const handler = type.prototype[name];
          if (name === 'constructor' || Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
          const route = `${type.name}.${name} (${Reflect.getMetadata(PATH_METADATA, type)}/${Reflect.getMetadata(PATH_METADATA, handler)})`;
          routes.push(route);
          const declared =
            Reflect.getMetadata(PUBLIC_KEY, handler) ?? Reflect.getMetadata(VERB_KEY, handler) ?? Reflect.getMetadata(VERB_KEY, type);
          if (!declared) missing.push(route);
        }
      }
    }
    expect(routes.length).toBeGreaterThanOrEqual(8);
    expect(missing).toEqual([]);
  });

  it('lets every role read, and only with a session', async () => {
    for (const email of ['admin', 'direction', 'pf', 'ars-bretagne', 'lecture']) {
      const token = await t.login(`${email}@boussole.test`);
      expect((await t.request('/plans', { token })).status).toBe(200);
    }
    expect((await t.request('/plans')).status).toBe(401);
  });
});

/** The routes of user management and of one's own account, each with the rule it must declare. */
describe('access rules of users, accounts and mail', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(async () => t.close());

  const RULES: [controller: string, handler: string, method: string, path: string, rule: string][] = [
    ['UsersController', 'list', 'GET', '/users', 'users.manage'],
    ['UsersController', 'get', 'GET', '/users/1', 'users.manage'],
    ['UsersController', 'create', 'POST', '/users', 'users.manage'],
    ['UsersController', 'patch', 'PATCH', '/users/1', 'users.manage'],
    ['UsersController', 'invite', 'POST', '/users/1/invitation', 'users.manage'],
    ['MailController', 'outbox', 'GET', '/mail/outbox', 'users.manage'],
    ['AuditController', 'list', 'GET', '/audit', 'audit.read'],
    ['MyActionsController', 'mine', 'GET', '/users/me/actions', 'read'],
    ['AccountController', 'link', 'GET', '/auth/invitations/x', 'public'],
    ['AccountController', 'choosePassword', 'POST', '/auth/invitations/x', 'public'],
    ['AccountController', 'requestReset', 'POST', '/auth/password-reset', 'public'],
    ['AccountController', 'changePassword', 'POST', '/auth/password', 'read'],
    ['AccountController', 'mySessions', 'GET', '/auth/sessions', 'read'],
    ['AccountController', 'endSession', 'DELETE', '/auth/sessions/1', 'read'],
    ['AccountController', 'updateSettings', 'PATCH', '/auth/me', 'read'],
    ['ProConnectController', 'login', 'GET', '/auth/proconnect/login', 'public'],
    ['ProConnectController', 'callback', 'GET', '/auth/proconnect/callback', 'public'],
    ['AuthController', 'logout', 'POST', '/auth/logout', 'read'],
    ['MetricsController', 'scrape', 'GET', '/metrics', 'public'],
    ['HealthController', 'check', 'GET', '/health', 'public'],
    ['HealthController', 'ready', 'GET', '/health/ready', 'public'],
    ['EventsController', 'stream', 'GET', '/events', 'read'],
    ['RollupsController', 'explain', 'GET', '/plans/1/rollup/explain?node=plan', 'read'],
  ];

  it.each(RULES)('%s.%s (%s %s) declares %s', async (controller, handler, method, path, rule) => {
    const type = [...t.app.get(ModulesContainer).values()]
      .flatMap((module) => [...module.controllers.values()])
      .map((wrapper) => wrapper.metatype as (new (...args: unknown[]) => unknown) | null)
      .find((candidate) => candidate?.name === controller);
    const fn = type?.prototype[handler];
    expect(fn).toBeDefined();
    expect(Reflect.getMetadata(PUBLIC_KEY, fn) ? 'public' : Reflect.getMetadata(VERB_KEY, fn)).toBe(rule);
    if (rule === 'public') return;
    // Without a session: 401; with a session lacking the verb: 403.
    expect((await t.request(path, { method, json: method === 'GET' ? undefined : {} })).status).toBe(401);
    if (rule === 'users.manage') {
      const director = await t.login('direction@boussole.test');
      const denied = await t.request(path, { method, token: director, json: method === 'GET' ? undefined : {} });
      expect(denied.status).toBe(403);
      expect(denied.body.message).toBe('La gestion des utilisateurs est réservée à l’administration.');
    }
    if (rule === 'audit.read') {
      const denied = await t.request(path, { method, token: await t.login('pf@boussole.test') });
      expect(denied.status).toBe(403);
      expect(denied.body.message).toBe('Le journal d’audit est réservé à l’administration et à la direction.');
    }
  });
});

/** The routes of the plan's administration (structure, actions, indicators, cycles), each with the rule it must declare. */
describe('access rules of the plan administration', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(async () => t.close());

  const RULES: [controller: string, handler: string, method: string, path: string, rule: string][] = [
    ['PlansController', 'create', 'POST', '/plans', 'plan.manage'],
    ['PlansController', 'patch', 'PATCH', '/plans/1', 'plan.manage'],
    ['PlansController', 'createAxis', 'POST', '/plans/1/axes', 'plan.manage'],
    ['AxesController', 'patch', 'PATCH', '/axes/1', 'plan.manage'],
    ['AxesController', 'remove', 'DELETE', '/axes/1', 'plan.manage'],
    ['AxesController', 'createObjective', 'POST', '/axes/1/objectives', 'plan.manage'],
    ['ObjectivesController', 'patch', 'PATCH', '/objectives/1', 'plan.manage'],
    ['ObjectivesController', 'remove', 'DELETE', '/objectives/1', 'plan.manage'],
    ['ActionsController', 'create', 'POST', '/actions', 'plan.manage'],
    ['ActionsController', 'patch', 'PATCH', '/actions/1', 'action.update'],
    ['ActionsController', 'remove', 'DELETE', '/actions/1', 'plan.manage'],
    ['IndicatorsController', 'create', 'POST', '/indicators', 'plan.manage'],
    ['IndicatorsController', 'patch', 'PATCH', '/indicators/1', 'plan.manage'],
    ['IndicatorsController', 'remove', 'DELETE', '/indicators/1', 'plan.manage'],
    ['CyclesController', 'list', 'GET', '/cycles?plan=1', 'read'],
    ['CyclesController', 'completeness', 'GET', '/cycles/1/completeness', 'read'],
    ['CyclesController', 'create', 'POST', '/cycles', 'plan.manage'],
    ['CyclesController', 'patch', 'PATCH', '/cycles/1', 'plan.manage'],
    ['CycleSnapshotsController', 'snapshot', 'GET', '/cycles/1/snapshot', 'read'],
    ['CycleSnapshotsController', 'history', 'GET', '/plans/1/snapshots', 'read'],
    ['RollupsController', 'since', 'GET', '/plans/1/changes?sinceCycle=1', 'read'],
    ['BriefingController', 'briefing', 'GET', '/exports/plans/1/briefing.pdf', 'read'],
    ['CycleValidationController', 'list', 'GET', '/cycles/1/validations', 'read'],
    ['CycleValidationController', 'validate', 'POST', '/cycles/1/axes/1/validate', 'axis.validate'],
    ['CycleValidationController', 'reopen', 'DELETE', '/cycles/1/axes/1/validation', 'axis.reopen'],
    ['RemindersController', 'send', 'POST', '/cycles/1/reminders', 'axis.validate'],
    ['ImportsController', 'template', 'GET', '/imports/plans/1/template.xlsx', 'plan.manage'],
    ['ImportsController', 'run', 'POST', '/imports/plans/1?dryRun=true', 'plan.manage'],
    ['ImportsController', 'report', 'GET', '/imports/1', 'plan.manage'],
    ['ExportsController', 'xlsx', 'GET', '/exports/plans/1.xlsx', 'read'],
    ['ExportsController', 'actionsCsv', 'GET', '/exports/plans/1.csv', 'read'],
    ['ExportsController', 'deploymentsCsv', 'GET', '/exports/plans/1/deployments.csv', 'read'],
    ['DeploymentsController', 'history', 'GET', '/actions/1/regions/53/history', 'read'],
  ];

  it.each(RULES)('%s.%s (%s %s) declares %s', async (controller, handler, method, path, rule) => {
    const type = [...t.app.get(ModulesContainer).values()]
      .flatMap((module) => [...module.controllers.values()])
      .map((wrapper) => wrapper.metatype as (new (...args: unknown[]) => unknown) | null)
      .find((candidate) => candidate?.name === controller);
    const fn = type?.prototype[handler];
    expect(fn).toBeDefined();
    expect(Reflect.getMetadata(VERB_KEY, fn)).toBe(rule);
    expect((await t.request(path, { method, json: method === 'GET' ? undefined : {} })).status).toBe(401);
    if (rule === 'plan.manage') {
      // Refused before the body is even read: a director may not manage the plan.
      const director = await t.login('direction@boussole.test');
      const denied = await t.request(path, { method, token: director, json: method === 'GET' ? undefined : {} });
      expect(denied.status).toBe(403);
      expect(denied.body.message).toBe('La gestion du plan, des campagnes et des imports est réservée à l’administration.');
    }
    if (rule === 'axis.validate') {
      const denied = await t.request(path, { method, token: await t.login('pf@boussole.test'), json: {} });
      expect(denied.status).toBe(403);
      expect(denied.body.message).toBe('Seule la direction valide les axes d’une campagne et relance les retardataires.');
    }
    if (rule === 'axis.reopen') {
      const denied = await t.request(path, { method, token: await t.login('direction@boussole.test'), json: {} });
      expect(denied.status).toBe(403);
      expect(denied.body.message).toBe('Seule l’administration rouvre un axe validé pour une campagne.');
    }
  });

  it('lets a project manager edit their action but refuses them its place in the plan', async () => {
    const pf = await t.login('pf@boussole.test');
    const { rows: [action] } = await t.sql.query(`SELECT a.id, a.version FROM actions a JOIN units u ON u.id = a.unit_id WHERE u.code = 'PF' ORDER BY a.id LIMIT 1`);
    const denied = await t.request(`/actions/${action.id}`, { method: 'PATCH', token: pf, json: { objectiveId: 1, version: action.version } });
    expect(denied.status).toBe(403);
    expect(denied.body.message).toBe('La gestion du plan, des campagnes et des imports est réservée à l’administration.');
    expect((await t.request(`/actions/${action.id}`, { method: 'PATCH', token: pf, json: { weight: 3, version: action.version } })).status).toBe(200);
  });
});
