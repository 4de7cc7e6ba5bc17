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
