import type { HealthRule } from './health';
import {
  healthExplanation,
  healthWhy,
  type HealthExplained,
} from './health-explanation';

const node = (
  health: HealthExplained['health'],
  rule: HealthRule,
  figures: Partial<{
    progress: number;
    expectedProgress: number | null;
    lateShare: number;
    atRiskShare: number;
  }> = {},
): HealthExplained => {
  const progress = figures.progress ?? 50;
  const expectedProgress =
    figures.expectedProgress === undefined ? 50 : figures.expectedProgress;
  return {
    health,
    progress,
    expectedProgress,
    healthReason: {
      rule,
      lateShare: figures.lateShare ?? 0,
      atRiskShare: figures.atRiskShare ?? 0,
      gap:
        expectedProgress === null
          ? null
          : Math.round((progress - expectedProgress) * 10) / 10,
    },
  };
};

describe('healthExplanation', () => {
  it.each([
    [
      node('late', 'behind_20', { progress: 42, expectedProgress: 65 }),
      'En retard : l’avancement (42\u00a0%) a 23\u00a0points de retard sur l’attendu (65\u00a0%), plus de 20\u00a0points.',
    ],
    [
      node('at_risk', 'behind_10', { progress: 50, expectedProgress: 65 }),
      'À surveiller : l’avancement (50\u00a0%) a 15\u00a0points de retard sur l’attendu (65\u00a0%), plus de 10\u00a0points.',
    ],
    [
      node('late', 'late_weight', { lateShare: 31.5, atRiskShare: 40 }),
      'En retard : les actions en retard pèsent 31,5\u00a0% du poids des actions comptées (25\u00a0% ou plus).',
    ],
    [
      node('at_risk', 'at_risk_weight', { lateShare: 10, atRiskShare: 31 }),
      'À surveiller : les actions en retard ou à surveiller pèsent 31\u00a0% du poids des actions comptées (25\u00a0% ou plus).',
    ],
    [
      node('done', 'all_done', { progress: 100 }),
      'Terminé : toutes les actions comptées sont terminées.',
    ],
    [
      node('not_started', 'none_started', { progress: 0, expectedProgress: 5 }),
      'Non démarré : aucune action comptée n’a démarré.',
    ],
    [
      node('on_track', 'on_track', {
        progress: 60,
        expectedProgress: 61,
        atRiskShare: 12.5,
      }),
      'En bonne voie : les actions en retard ou à surveiller pèsent 12,5\u00a0% du poids des actions comptées (moins de 25\u00a0%) et l’avancement (60\u00a0%) a 1\u00a0point de retard sur l’attendu (61\u00a0%), pas plus de 10\u00a0points.',
    ],
    [
      node('on_track', 'on_track', { progress: 70, expectedProgress: 65 }),
      'En bonne voie : les actions en retard ou à surveiller pèsent 0\u00a0% du poids des actions comptées (moins de 25\u00a0%) et l’avancement (70\u00a0%) a 5\u00a0points d’avance sur l’attendu (65\u00a0%).',
    ],
    [
      node('on_track', 'on_track', { expectedProgress: null }),
      'En bonne voie : les actions en retard ou à surveiller pèsent 0\u00a0% du poids des actions comptées (moins de 25\u00a0%) et aucun avancement n’est attendu, faute d’actions datées.',
    ],
  ])('%#: %s', (explained, sentence) => {
    expect(healthExplanation(explained)).toBe(sentence);
  });

  it('says there is no health without a counted action', () => {
    expect(
      healthExplanation({
        health: null,
        healthReason: null,
        progress: null,
        expectedProgress: null,
      }),
    ).toBe('Pas d’état : aucune action n’est comptée.');
  });

  it('gives the label alone for a health frozen without its reason', () => {
    expect(
      healthExplanation({ health: 'late', progress: 10, expectedProgress: 50 }),
    ).toBe('En retard.');
    expect(
      healthWhy({ health: 'late', progress: 10, expectedProgress: 50 }),
    ).toBeNull();
  });

  it('gives the deciding rule alone, for who writes the label otherwise', () => {
    expect(
      healthWhy(
        node('late', 'behind_20', { progress: 42, expectedProgress: 65 }),
      ),
    ).toBe(
      'l’avancement (42\u00a0%) a 23\u00a0points de retard sur l’attendu (65\u00a0%), plus de 20\u00a0points.',
    );
  });
});
