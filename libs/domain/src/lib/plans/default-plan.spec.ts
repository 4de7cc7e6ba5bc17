import type { PlanState } from '../api/payloads';
import { compareForDefault, defaultPlan } from './default-plan';

const plan = (id: number, state: PlanState, startYear: number) => ({ id, state, startYear });

describe('defaultPlan', () => {
  it.each([
    ['no plan', [], null],
    ['the only plan, whatever its state', [plan(1, 'archived', 2020)], 1],
    ['the active plan before a later draft', [plan(1, 'draft', 2030), plan(2, 'active', 2025)], 2],
    ['of two active plans, the one that starts later', [plan(1, 'active', 2028), plan(2, 'active', 2025)], 1],
    ['of two active plans starting the same year, the latest created', [plan(1, 'active', 2025), plan(2, 'active', 2025)], 2],
    ['without an active plan, the latest draft before an archived one', [plan(1, 'archived', 2031), plan(2, 'draft', 2026), plan(3, 'draft', 2028)], 3],
    ['without an active or draft plan, the latest archived', [plan(1, 'archived', 2019), plan(2, 'archived', 2022)], 2],
  ])('%s', (_, plans, expected) => {
    expect(defaultPlan(plans)?.id ?? null).toBe(expected);
  });

  it('keeps the plan object it was given', () => {
    const active = { ...plan(7, 'active', 2025), title: 'Projet' };
    expect(defaultPlan([plan(1, 'draft', 2030), active])).toBe(active);
  });

  it('is the first plan of the list sorted by compareForDefault', () => {
    const plans = [plan(1, 'draft', 2027), plan(2, 'archived', 2030), plan(3, 'active', 2024), plan(4, 'active', 2026), plan(5, 'draft', 2029)];
    const sorted = [...plans].sort(compareForDefault);
    expect(sorted.map((p) => p.id)).toEqual([4, 3, 5, 1, 2]);
    expect(defaultPlan(plans)).toBe(sorted[0]);
  });
});
