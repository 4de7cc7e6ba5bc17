import { decimalPlaces } from '../common/is-decimal-number.validator';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Found by the malformed-input storm (e2e/src/ops/storm.ops.ts): a measurement's value of 6e-323
 * was a 500, class-validator's maxDecimalPlaces throwing on a number printed in exponent form.
 * Such numbers are now refused with the field's French message, and ordinary decimals still pass.
 */
describe('numbers written in exponent form', () => {
  let t: TestApp;
  let admin: string;
  let indicator: number;
  let objective: number;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin@boussole.test');
    indicator = (await t.sql.query('SELECT id FROM indicators ORDER BY id LIMIT 1')).rows[0].id;
    objective = (await t.sql.query("SELECT o.id FROM objectives o JOIN axes a ON a.id = o.axis_id JOIN plans p ON p.id = a.plan_id WHERE p.state = 'active' ORDER BY o.id LIMIT 1")).rows[0].id;
  });
  afterAll(async () => t.close());

  it('counts the decimals from the mantissa and the exponent', () => {
    expect([0, 12, 1.5, 12.3456, 1.5e21, 6e-323, 1.25e-7, 1e-4].map(decimalPlaces)).toEqual([0, 0, 1, 4, 0, 323, 9, 4]);
  });

  it.each([6e-323, 1.25e-7, 1e-5])('refuses a measurement of %p with a 400 naming the value', async (value) => {
    const response = await t.request(`/indicators/${indicator}/measurements`, { method: 'POST', token: admin, json: { period: '2026-10-01', value } });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ fields: { value: 'La valeur doit être un nombre (4 décimales au plus).' } });
  });

  it('still records a measurement with four decimals', async () => {
    const response = await t.request(`/indicators/${indicator}/measurements`, { method: 'POST', token: admin, json: { period: '2026-10-01', value: 12.3456 } });
    expect(response.status).toBe(201);
  });

  it('refuses an action weight of 1e-7 with a 400 naming the weight', async () => {
    const response = await t.request('/actions', { method: 'POST', token: admin, json: { objectiveId: objective, title: 'Action au poids infime', unitCode: 'R', weight: 1e-7 } });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ fields: { weight: 'Le poids doit être un nombre (deux décimales au plus).' } });
  });
});
