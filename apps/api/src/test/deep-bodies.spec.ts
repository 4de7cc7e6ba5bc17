import { createTestApp, TestApp } from './support/test-app';

/**
 * Found by the malformed-input storm (e2e/src/ops/storm.ops.ts): a body nested a few thousand
 * levels deep overflowed the stack of Nest's validation pipe, a 500. It is a 400 now, and a body of
 * ordinary depth still reaches its route.
 */
describe('deeply nested bodies', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await createTestApp();
    token = await t.login('admin@boussole.test');
  });
  afterAll(async () => t.close());

  const post = (body: string) =>
    t.request('/actions/1/updates', { method: 'POST', token, headers: { 'content-type': 'application/json' }, body });

  it.each([
    ['objects', (n: number) => `{"narrative":${'{"a":'.repeat(n)}1${'}'.repeat(n)}}`],
    ['arrays', (n: number) => `{"narrative":${'['.repeat(n)}${']'.repeat(n)}}`],
  ])('refuses %s nested 5,000 levels deep with a 400 and a French message', async (_kind, nest) => {
    const response = await post(nest(5000));
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ statusCode: 400, message: 'La requête est imbriquée trop profondément (32 niveaux au plus).' });
  });

  it('still validates a body of ordinary depth field by field', async () => {
    const response = await post(`{"narrative":${'{"a":'.repeat(10)}1${'}'.repeat(10)}}`);
    expect(response.status).toBe(400);
    expect(response.body.message).not.toContain('imbriquée');
  });
});
