import type { DemoIndicator } from './demo-content.types';
import { INDICATORS_2025_2027 } from './indicators-2025-2027.content';

/** The objectives of the 2025-2027 plan (DESIGN §8), per axis. */
const OBJECTIVES: Record<number, number[]> = { 1: [1, 2, 3, 4], 2: [1, 2, 3], 3: [1, 2, 3], 4: [1, 2, 3] };
// Counts carry their noun (« 658 services d’urgence »), never a bare « nombre ».
const UNITS = [
  '%',
  'jours',
  'mois',
  'GWh',
  'ktCO2e',
  'pour 100 000 hab.',
  'services d’urgence',
  'départements',
  'maisons de santé',
  'infirmiers en pratique avancée',
  'places',
];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const indicators = INDICATORS_2025_2027;
const falling = (i: DemoIndicator) => i.targetValue < i.baselineValue;
const flat = (i: DemoIndicator) => i.targetValue === i.baselineValue;
const axisOf = (i: DemoIndicator): number | null => (i.attachedTo.kind === 'plan' ? null : i.attachedTo.axis);

describe('demo indicators of the 2025-2027 plan', () => {
  it('has 20 indicators with unique names', () => {
    expect(indicators).toHaveLength(20);
    expect(new Set(indicators.map((i) => i.name)).size).toBe(indicators.length);
  });

  it.each(indicators.map((i) => [i.name, i] as const))('%s: has valid dates and a definition', (_name, i) => {
    expect(i.baselineDate).toMatch(ISO_DATE);
    expect(i.targetDate).toMatch(ISO_DATE);
    expect(Number.isNaN(Date.parse(i.baselineDate))).toBe(false);
    expect(i.baselineDate < i.targetDate).toBe(true);
    expect(i.baselineDate >= '2024-01-01' && i.baselineDate <= '2025-06-30').toBe(true);
    expect(i.targetDate).toBe('2027-12-31');
    expect(UNITS).toContain(i.unit);
    expect(['month', 'quarter', 'year']).toContain(i.periodicity);
    expect(i.source.trim().length).toBeGreaterThan(0);
    expect(i.definition.trim().length).toBeGreaterThan(20);
  });

  it.each(indicators.map((i) => [i.name, i] as const))(
    '%s: intermediate targets lie between baseline and target, in order',
    (_name, i) => {
      const low = Math.min(i.baselineValue, i.targetValue);
      const high = Math.max(i.baselineValue, i.targetValue);
      expect(i.intermediateTargets.map((t) => t.date)).toEqual(['2025-12-31', '2026-12-31']);
      let previous = i.baselineValue;
      for (const t of i.intermediateTargets) {
        expect(t.date).toMatch(ISO_DATE);
        expect(t.date > i.baselineDate).toBe(true);
        expect(t.date <= i.targetDate).toBe(true);
        expect(t.value).toBeGreaterThanOrEqual(low);
        expect(t.value).toBeLessThanOrEqual(high);
        // Consistent with the direction: never moves back towards the baseline.
        if (falling(i)) expect(t.value).toBeLessThanOrEqual(previous);
        else expect(t.value).toBeGreaterThanOrEqual(previous);
        previous = t.value;
      }
    },
  );

  it('has at least 5 falling targets', () => {
    expect(indicators.filter(falling).length).toBeGreaterThanOrEqual(5);
  });

  it('has exactly one indicator whose baseline equals its target', () => {
    const flats = indicators.filter(flat);
    expect(flats).toHaveLength(1);
    expect(flats[0].intermediateTargets.every((t) => t.value === flats[0].baselineValue)).toBe(true);
  });

  it('measures 8 indicators per region', () => {
    expect(indicators.filter((i) => i.regional)).toHaveLength(8);
  });

  it('has the expected mix of trends', () => {
    const count = (trend: DemoIndicator['trend']) => indicators.filter((i) => i.trend === trend).length;
    expect(count('on_track')).toBe(12);
    expect(count('behind')).toBe(4);
    expect(count('stale')).toBe(3);
    expect(count('none')).toBe(1);
  });

  it('uses mostly monthly or quarterly measurement, a couple yearly', () => {
    const yearly = indicators.filter((i) => i.periodicity === 'year').length;
    expect(yearly).toBeGreaterThanOrEqual(1);
    expect(yearly).toBeLessThanOrEqual(4);
    // A stale indicator must have had several periods of measurements before stopping.
    expect(indicators.filter((i) => i.trend === 'stale').every((i) => i.periodicity !== 'year')).toBe(true);
  });

  it('attaches only to the plan, existing axes and existing objectives', () => {
    for (const i of indicators) {
      const target = i.attachedTo;
      expect(['plan', 'axis', 'objective']).toContain(target.kind);
      if (target.kind === 'axis') expect(Object.keys(OBJECTIVES).map(Number)).toContain(target.axis);
      if (target.kind === 'objective') expect(OBJECTIVES[target.axis] ?? []).toContain(target.objective);
    }
  });

  it('attaches one or two indicators to the plan and covers all four axes', () => {
    const onPlan = indicators.filter((i) => i.attachedTo.kind === 'plan').length;
    expect(onPlan).toBeGreaterThanOrEqual(1);
    expect(onPlan).toBeLessThanOrEqual(2);
    expect(new Set(indicators.map(axisOf).filter((a) => a !== null))).toEqual(new Set([1, 2, 3, 4]));
  });
});
