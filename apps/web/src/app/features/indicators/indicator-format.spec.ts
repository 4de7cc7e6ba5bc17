import { periodLabel, unitHint } from './indicator-format';

describe('unitHint', () => {
  it.each([
    ['%', 'En pourcentage.'],
    ['services d’urgence', 'En nombre de services d’urgence.'],
    ['établissements', 'En nombre d’établissements.'],
    ['jours', 'En nombre de jours.'],
    ['mois', 'En nombre de mois.'],
    ['GWh', 'En GWh.'],
    ['ktCO2e', 'En ktCO2e.'],
    ['pour 100 000 hab.', 'Un nombre pour 100 000 hab.'],
  ])('%s → %s', (unit, hint) => {
    expect(unitHint(unit)).toBe(hint);
  });

  it('says nothing for a bare count', () => {
    expect(unitHint('')).toBeNull();
    expect(unitHint('nombre')).toBeNull();
  });
});

describe('periodLabel', () => {
  it('names a month, a quarter and a year in French', () => {
    expect(periodLabel('2026-03-15', 'month')).toBe('mars 2026');
    expect(periodLabel('2026-05-01', 'quarter')).toBe('T2 2026');
    expect(periodLabel('2026-05-01', 'year')).toBe('2026');
  });
});
