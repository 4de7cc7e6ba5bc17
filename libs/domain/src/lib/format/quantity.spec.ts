import { formatQuantityFr, singularUnit } from './quantity';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('formatQuantityFr', () => {
  it.each([
    // The figure and its unit, on one line.
    [658, 'services d’urgence', `658${NBSP}services d’urgence`],
    [91.1, '%', `91,1${NBSP}%`],
    [
      2400,
      'infirmiers en pratique avancée',
      `2${NNBSP}400${NBSP}infirmiers en pratique avancée`,
    ],
    [12, 'jours', `12${NBSP}jours`],
    [31, 'pour 100 000 hab.', `31${NBSP}pour 100 000 hab.`],
    [24500, 'GWh', `24${NNBSP}500${NBSP}GWh`],
    [3.25, 'M€', `3,25${NBSP}M€`],
    // A bare count goes without its "unit".
    [658, 'nombre', '658'],
    [1234.5, '', `1${NNBSP}234,5`],
    [7, ' Nombre ', '7'],
  ])('%s %s → %s', (value, unit, expected) => {
    expect(formatQuantityFr(value, unit)).toBe(expected);
  });

  it('puts the noun in the singular under 2, as French does', () => {
    expect(formatQuantityFr(1, 'services d’urgence')).toBe(
      `1${NBSP}service d’urgence`,
    );
    expect(formatQuantityFr(1.5, 'jours')).toBe(`1,5${NBSP}jour`);
    expect(formatQuantityFr(0, 'patients')).toBe(`0${NBSP}patient`);
    expect(formatQuantityFr(2, 'patients')).toBe(`2${NBSP}patients`);
    expect(formatQuantityFr(1, 'mois')).toBe(`1${NBSP}mois`);
    expect(formatQuantityFr(1, '%')).toBe(`1${NBSP}%`);
    expect(formatQuantityFr(1, 'ETP')).toBe(`1${NBSP}ETP`);
  });

  it('keeps at most the given number of decimals', () => {
    expect(formatQuantityFr(5.8321, '%')).toBe(`5,83${NBSP}%`);
    expect(formatQuantityFr(5.8321, '%', 1)).toBe(`5,8${NBSP}%`);
  });
});

describe('singularUnit', () => {
  it.each([
    ['services d’urgence', 'service d’urgence'],
    ['maisons de santé', 'maison de santé'],
    ['infirmiers en pratique avancée', 'infirmier en pratique avancée'],
    ['jours ouvrés', 'jour ouvré'],
    ['hôpitaux', 'hôpital'],
    ['bureaux', 'bureau'],
    ['places', 'place'],
    ['mois', 'mois'],
    ['pour 100 000 hab.', 'pour 100 000 hab.'],
    ['ktCO2e', 'ktCO2e'],
    ['GWh', 'GWh'],
  ])('%s → %s', (plural, singular) => {
    expect(singularUnit(plural)).toBe(singular);
  });
});
