import type { Status } from '../status/status';
import {
  HEALTH_LABELS,
  HEALTH_OF_RULE,
  HEALTH_RULES,
  HEALTHS,
  healthDecision,
  isHealth,
  isHealthRule,
  nodeHealth,
  nodeScheduleGap,
} from './health';

const actions = (...items: [Status, number][]) =>
  items.map(([status, weight]) => ({ status, weight }));

describe('nodeHealth', () => {
  it.each([
    ['no action', actions(), null],
    ['all done', actions(['done', 1], ['done', 3]), 'done'],
    [
      'late exactly 25 % of the weight',
      actions(['late', 1], ['on_track', 3]),
      'late',
    ],
    [
      'late just under 25 %',
      actions(['late', 1], ['on_track', 3.1]),
      'on_track',
    ],
    [
      'late weighs more than its count',
      actions(
        ['late', 2],
        ['on_track', 1],
        ['on_track', 1],
        ['on_track', 1],
        ['on_track', 1],
      ),
      'late',
    ],
    [
      'late + at risk reach 25 %',
      actions(['late', 1], ['at_risk', 1], ['on_track', 6]),
      'at_risk',
    ],
    ['at risk alone at 25 %', actions(['at_risk', 1], ['done', 3]), 'at_risk'],
    [
      'late + at risk under 25 %',
      actions(['late', 1], ['at_risk', 1], ['on_track', 7]),
      'on_track',
    ],
    [
      'none started',
      actions(['not_started', 1], ['not_started', 2]),
      'not_started',
    ],
    [
      'one started among not started',
      actions(['not_started', 1], ['on_track', 1]),
      'on_track',
    ],
    [
      'done and not started: something has started',
      actions(['not_started', 1], ['done', 1]),
      'on_track',
    ],
    ['all late', actions(['late', 1]), 'late'],
  ] as const)('%s, no schedule → %p', (_case, items, expected) => {
    expect(nodeHealth(items, null)).toBe(expected);
  });

  it.each([
    ['23 points behind, nothing late', -23, 'late', 'behind_20'],
    ['20.1 points behind', -20.1, 'late', 'behind_20'],
    ['exactly 20 points behind', -20, 'at_risk', 'behind_10'],
    ['15 points behind', -15, 'at_risk', 'behind_10'],
    ['10.1 points behind', -10.1, 'at_risk', 'behind_10'],
    ['exactly 10 points behind', -10, 'on_track', 'on_track'],
    ['ahead', 30, 'on_track', 'on_track'],
    ['no expected progress', null, 'on_track', 'on_track'],
  ] as const)(
    '%s (on-track actions) → %s by %s',
    (_case, gap, health, rule) => {
      const decision = healthDecision(
        actions(['on_track', 1], ['on_track', 3]),
        gap,
      );
      expect(decision).toEqual({
        health,
        reason: { rule, lateShare: 0, atRiskShare: 0, gap },
      });
    },
  );

  it('tries the rules in DESIGN’s order and gives the shares it read', () => {
    // Late weight before the schedule.
    expect(
      healthDecision(actions(['late', 1], ['on_track', 2]), -30)?.reason,
    ).toEqual({
      rule: 'late_weight',
      lateShare: 33.3,
      atRiskShare: 33.3,
      gap: -30,
    });
    // More than 20 behind before the at-risk weight.
    expect(
      healthDecision(actions(['at_risk', 1], ['on_track', 1]), -25)?.reason,
    ).toEqual({ rule: 'behind_20', lateShare: 0, atRiskShare: 50, gap: -25 });
    // The at-risk weight before more than 10 behind.
    expect(
      healthDecision(actions(['at_risk', 1], ['late', 1], ['on_track', 6]), -15)
        ?.reason.rule,
    ).toBe('at_risk_weight');
    // Nothing started but should have: behind first.
    expect(healthDecision(actions(['not_started', 1]), -40)?.health).toBe(
      'late',
    );
    expect(healthDecision(actions(['not_started', 1]), -5)?.reason.rule).toBe(
      'none_started',
    );
    // All done can never be behind; done wins.
    expect(healthDecision(actions(['done', 1]), 0)?.reason.rule).toBe(
      'all_done',
    );
    expect(healthDecision([], -50)).toBeNull();
  });
});

describe('nodeScheduleGap', () => {
  it('subtracts the rounded figures and rounds again, as the SQL does in numeric', () => {
    expect(nodeScheduleGap(42.3, 62.3)).toBe(-20);
    expect(nodeScheduleGap(42.25, 62.34)).toBe(-20);
    expect(nodeScheduleGap(42, 65)).toBe(-23);
    expect(nodeScheduleGap(null, 50)).toBeNull();
    expect(nodeScheduleGap(50, null)).toBeNull();
  });
});

describe('health vocabulary', () => {
  it('labels every health in French', () => {
    expect(HEALTHS.map((h) => HEALTH_LABELS[h])).toEqual([
      'En bonne voie',
      'À surveiller',
      'En retard',
      'Terminé',
      'Non démarré',
    ]);
    expect(isHealth('late')).toBe(true);
    expect(isHealth('abandoned')).toBe(false);
    expect(HEALTH_RULES.map((r) => HEALTH_OF_RULE[r])).toEqual([
      'done',
      'late',
      'late',
      'at_risk',
      'at_risk',
      'not_started',
      'on_track',
    ]);
    expect(isHealthRule('behind_20')).toBe(true);
    expect(isHealthRule('late')).toBe(false);
  });
});
