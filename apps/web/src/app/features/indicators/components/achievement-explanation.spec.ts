import { explainAchievement } from './achievement-explanation';

const overall = { fromLabel: 'référence', toLabel: 'cible' };

describe('explainAchievement', () => {
  it('writes the formula with the actual numbers', () => {
    const explanation = explainAchievement({
      ...overall,
      latest: 42,
      from: 0,
      to: 100,
    });
    expect(explanation.formula).toBe(
      '(dernière valeur − référence) / (cible − référence) = (42 − 0) / (100 − 0) = 42\u00a0%',
    );
    expect(explanation.notes).toEqual([]);
    expect(explanation.result).toBe(42);
  });

  it('explains a falling target with the same formula', () => {
    const explanation = explainAchievement({
      ...overall,
      latest: 612,
      from: 655,
      to: 600,
    });
    expect(explanation.formula).toBe(
      '(dernière valeur − référence) / (cible − référence) = (612 − 655) / (600 − 655) = 78,2\u00a0%',
    );
    expect(explanation.notes[0]).toContain('baisse attendue');
    expect(explanation.result).toBe(78.2);
  });

  it('says when the result is clamped to 0 or 100 %', () => {
    const below = explainAchievement({
      ...overall,
      latest: -5,
      from: 10,
      to: 20,
    });
    expect(below.formula).toContain('((−5) − 10) / (20 − 10) = −150\u00a0%');
    expect(below.notes).toEqual([
      'La valeur s’éloigne de la cible\u00a0: l’atteinte est ramenée à 0\u00a0%.',
    ]);
    expect(below.result).toBe(0);
    const above = explainAchievement({
      ...overall,
      latest: 30,
      from: 10,
      to: 20,
    });
    expect(above.notes).toEqual([
      'La cible est dépassée\u00a0: l’atteinte est plafonnée à 100\u00a0%.',
    ]);
    expect(above.result).toBe(100);
  });

  it('handles a target equal to the baseline, and no measurement', () => {
    const equal = explainAchievement({
      ...overall,
      latest: 650,
      from: 655,
      to: 655,
    });
    expect(equal.formula).toBeNull();
    expect(equal.notes.join(' ')).toBe(
      'La référence et la cible sont égales (655)\u00a0: l’atteinte vaut 100\u00a0% si la dernière valeur atteint ou dépasse la cible, 0\u00a0% sinon. Dernière valeur\u00a0: 650, soit 0\u00a0%.',
    );
    expect(equal.result).toBe(0);
    const none = explainAchievement({
      ...overall,
      latest: null,
      from: 0,
      to: 10,
    });
    expect(none).toEqual({
      formula: null,
      notes: [
        'Aucune mesure n’a encore été saisie\u00a0: l’atteinte n’est pas calculée.',
      ],
      result: null,
    });
  });

  it('explains the year’s achievement against the target in force', () => {
    const year = explainAchievement({
      latest: 30,
      from: 20,
      to: 40,
      fromLabel: 'cible précédente',
      toLabel: 'cible de l’année',
    });
    expect(year.formula).toBe(
      '(dernière valeur − cible précédente) / (cible de l’année − cible précédente) = (30 − 20) / (40 − 20) = 50\u00a0%',
    );
  });
});
