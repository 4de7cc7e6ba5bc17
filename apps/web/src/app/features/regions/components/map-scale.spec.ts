import {
  MAP_RAMP,
  NO_DATA_CLASS,
  quantileScale,
  rankFr,
  regionMapLabel,
} from './map-scale';

const NBSP = '\u00a0';

describe('quantileScale', () => {
  it('cuts a narrow spread into five classes of about equal size, each with its range', () => {
    // Eighteen regions between 40 and 57 %: fixed 20-point bands would paint them all alike.
    const values = Array.from({ length: 18 }, (_, i) => 40 + i);
    const scale = quantileScale(values);
    expect(scale.classes.map((c) => c.key)).toEqual([
      'c1',
      'c2',
      'c3',
      'c4',
      'c5',
    ]);
    expect(scale.classes.map((c) => c.count)).toEqual([4, 3, 4, 3, 4]);
    expect(scale.classes.map((c) => c.legend)).toEqual([
      `De 40 à 43${NBSP}% (4${NBSP}régions)`,
      `De 44 à 46${NBSP}% (3${NBSP}régions)`,
      `De 47 à 50${NBSP}% (4${NBSP}régions)`,
      `De 51 à 53${NBSP}% (3${NBSP}régions)`,
      `De 54 à 57${NBSP}% (4${NBSP}régions)`,
    ]);
    expect(scale.median).toBe(48.5);
    expect(scale.classOf(40).key).toBe('c1');
    expect(scale.classOf(43).key).toBe('c1');
    expect(scale.classOf(44).key).toBe('c2');
    expect(scale.classOf(57).key).toBe('c5');
    // Below or above every region: the end classes.
    expect(scale.classOf(10).key).toBe('c1');
    expect(scale.classOf(99).key).toBe('c5');
  });

  it('keeps equal values in one class and spreads fewer classes over the whole ramp', () => {
    const scale = quantileScale([10, 10, 10, 10, 10, 10, 80, 80, 80, null]);
    expect(scale.classes.map((c) => [c.key, c.count])).toEqual([
      ['c1', 6],
      ['c5', 3],
    ]);
    expect(scale.classes[0].legend).toBe(`10${NBSP}% (6${NBSP}régions)`);
    expect(scale.classOf(10).key).toBe('c1');
    expect(scale.classOf(80).key).toBe('c5');
    expect(quantileScale([42]).classes.map((c) => c.key)).toEqual(['c3']);
    expect(quantileScale([42]).classes[0].legend).toBe(
      `42${NBSP}% (1${NBSP}région)`,
    );
  });

  it('has a class for "Aucune donnée", and no class without figures', () => {
    const scale = quantileScale([null, null]);
    expect(scale.classes).toEqual([]);
    expect(scale.median).toBeNull();
    expect(scale.classOf(null)).toBe(NO_DATA_CLASS);
    expect(quantileScale([1, 2]).classOf(null).legend).toBe('Aucune donnée');
  });

  it('goes from light to dark, with a legible ink on each fill', () => {
    expect(MAP_RAMP.map((c) => c.ink)).toEqual([
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
