import {
  MAP_CLASSES,
  NO_DATA_CLASS,
  rankFr,
  progressClass,
  regionMapLabel,
} from './map-scale';

describe('progressClass', () => {
  it.each([
    [0, 'c1'],
    [19.9, 'c1'],
    [20, 'c2'],
    [39.9, 'c2'],
    [40, 'c3'],
    [60, 'c4'],
    [79.9, 'c4'],
    [80, 'c5'],
    [100, 'c5'],
  ])('puts %s %% in class %s', (progress, key) => {
    expect(progressClass(progress).key).toBe(key);
  });

  it('has a class for "Aucune donnée", and none below 0 or above 100', () => {
    expect(progressClass(null)).toBe(NO_DATA_CLASS);
    expect(progressClass(null).legend).toBe('Aucune donnée');
    expect(progressClass(-5).key).toBe('c1');
    expect(progressClass(140).key).toBe('c5');
  });

  it('goes from light to dark, with a legible ink on each fill', () => {
    expect(MAP_CLASSES.map((c) => c.legend)).toEqual([
      'Moins de 20 %',
      'De 20 à moins de 40 %',
      'De 40 à moins de 60 %',
      'De 60 à moins de 80 %',
      '80 % et plus',
    ]);
    expect(MAP_CLASSES.map((c) => c.ink)).toEqual([
      '#161616',
      '#161616',
      '#161616',
      '#ffffff',
      '#ffffff',
    ]);
  });
});

describe('regionMapLabel', () => {
  it('names the region with its progress and rank', () => {
    expect(regionMapLabel('Bretagne', 62, 3, 18)).toBe(
      'Bretagne : 62\u00a0% d’avancement, rang 3 sur 18',
    );
    expect(regionMapLabel('Corse', null, null, 18)).toBe(
      'Corse : aucune donnée d’avancement',
    );
    expect(rankFr(1)).toBe('1re');
    expect(rankFr(3)).toBe('3e');
  });
});
