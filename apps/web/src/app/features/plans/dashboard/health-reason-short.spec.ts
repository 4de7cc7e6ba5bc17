import type { HealthExplained, HealthRule } from '@boussole/domain';
import { shortHealthReason } from './health-reason-short';

const node = (
  rule: HealthRule,
  gap: number | null,
  health: HealthExplained['health'] = 'at_risk',
): HealthExplained => ({
  health,
  healthReason: { rule, lateShare: 31, atRiskShare: 42.5, gap },
  progress: 42,
  expectedProgress: 65,
});

describe('the rule that decided a health, in a few words', () => {
  it.each<[HealthRule, number | null, string | null]>([
    ['all_done', 0, 'toutes les actions terminées'],
    ['late_weight', -2, '31\u00a0% du poids en retard'],
    ['behind_20', -23, '23\u00a0pts de retard sur l’attendu'],
    ['at_risk_weight', -2, '42,5\u00a0% du poids en retard ou à surveiller'],
    ['behind_10', -12.5, '12,5\u00a0pts de retard sur l’attendu'],
    ['none_started', -5, 'aucune action démarrée'],
    ['on_track', -4, '4\u00a0pts de retard sur l’attendu'],
    ['on_track', 3, '3\u00a0pts d’avance sur l’attendu'],
    ['on_track', 0, 'au niveau de l’attendu'],
    ['on_track', null, null],
  ])('%s (gap %s): %s', (rule, gap, words) => {
    expect(shortHealthReason(node(rule, gap))).toBe(words);
  });

  it('says nothing without a health or its reason', () => {
    expect(
      shortHealthReason({ ...node('on_track', 0), health: null }),
    ).toBeNull();
    expect(
      shortHealthReason({ ...node('on_track', 0), healthReason: null }),
    ).toBeNull();
  });
});
