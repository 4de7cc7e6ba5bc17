import {
  achievement,
  currentTarget,
  indicatorAchievement,
  overallAchievement,
  yearAchievement,
} from './achievement';
import type { IndicatorFacts } from './indicator';

describe('achievement', () => {
  it.each([
    ['rising, half way', 100, 200, 150, 50],
    ['rising, at the baseline', 100, 200, 100, 0],
    ['rising, on target', 100, 200, 200, 100],
    ['rising, beyond the target: clamped to 100', 100, 200, 260, 100],
    ['rising, below the baseline: clamped to 0', 100, 200, 80, 0],
    ['rising, one decimal', 0, 3, 1, 33.3],
    // A falling target: e.g. waiting time from 40 days down to 20.
    ['falling, a quarter of the way', 40, 20, 35, 25],
    ['falling, on target', 40, 20, 20, 100],
    [
      'falling, beyond (lower than) the target: clamped to 100',
      40,
      20,
      12,
      100,
    ],
    ['falling, worse than the baseline: clamped to 0', 40, 20, 48, 0],
    // Baseline = target: "keep at least this level".
    ['flat target, held', 655, 655, 655, 100],
    ['flat target, exceeded', 655, 655, 700, 100],
    ['flat target, missed', 655, 655, 650, 0],
    ['negative values', -10, 10, 0, 50],
  ])(
    '%s: baseline %d, target %d, latest %d → %d',
    (_case, baseline, target, latest, expected) => {
      expect(achievement(baseline, target, latest)).toBe(expected);
    },
  );

  it('is null without a measurement', () => {
    expect(achievement(100, 200, null)).toBeNull();
    expect(achievement(655, 655, null)).toBeNull();
  });

  it('treats a measured 0 as a measurement, not as missing', () => {
    expect(achievement(10, 0, 0)).toBe(100);
  });
});

/** Emergency waiting time to bring from 60 min (end 2024) down to 30 (end 2027), yearly steps. */
const indicator: IndicatorFacts = {
  baselineValue: 60,
  baselineDate: '2024-12-31',
  targetValue: 30,
  targetDate: '2027-12-31',
  // Given out of order on purpose.
  intermediateTargets: [
    { date: '2026-12-31', value: 40 },
    { date: '2025-12-31', value: 50 },
  ],
  periodicity: 'quarter',
  measurements: [
    { period: '2025-10-01', value: 52 },
    { period: '2026-04-01', value: 45 },
  ],
};

describe('currentTarget', () => {
  it.each([
    [
      'during the first year',
      '2025-06-30',
      { date: '2024-12-31', value: 60 },
      { date: '2025-12-31', value: 50 },
    ],
    [
      'on an intermediate target’s date',
      '2025-12-31',
      { date: '2024-12-31', value: 60 },
      { date: '2025-12-31', value: 50 },
    ],
    [
      'during the second year',
      '2026-01-01',
      { date: '2025-12-31', value: 50 },
      { date: '2026-12-31', value: 40 },
    ],
    [
      'during the last year',
      '2027-03-01',
      { date: '2026-12-31', value: 40 },
      { date: '2027-12-31', value: 30 },
    ],
    [
      'after the final target',
      '2028-06-01',
      { date: '2026-12-31', value: 40 },
      { date: '2027-12-31', value: 30 },
    ],
  ])('%s (%s)', (_case, asOf, from, to) => {
    expect(currentTarget(indicator, asOf)).toEqual({ from, to });
  });

  it('measures from the baseline to the final target without intermediate targets', () => {
    expect(
      currentTarget({ ...indicator, intermediateTargets: [] }, '2026-01-01'),
    ).toEqual({
      from: { date: '2024-12-31', value: 60 },
      to: { date: '2027-12-31', value: 30 },
    });
  });
});

describe('yearAchievement and overallAchievement', () => {
  it('measures the year against its own step (falling target)', () => {
    // As of mid-2026: latest 45; the 2026 step goes 50 → 40, so half done; overall 60 → 30: 50 %.
    expect(yearAchievement(indicator, '2026-06-30')).toBe(50);
    expect(overallAchievement(indicator, '2026-06-30')).toBe(50);
  });

  it('uses the latest measurement as of the date', () => {
    // As of 2025-12-31 the latest is 52: 2025 step 60 → 50, so 80 %; overall 8 of 30 = 26.7 %.
    expect(indicatorAchievement(indicator, '2025-12-31')).toEqual({
      overall: 26.7,
      year: 80,
    });
  });

  it('judges last year’s value against the new year’s step until a new value comes', () => {
    // As of 2026-02-01 the latest is still 52, against the 2026 step 50 → 40: worse than its start.
    expect(yearAchievement(indicator, '2026-02-01')).toBe(0);
  });

  it('is null without a measurement as of the date', () => {
    expect(indicatorAchievement(indicator, '2025-06-30')).toEqual({
      overall: null,
      year: null,
    });
    expect(
      indicatorAchievement({ ...indicator, measurements: [] }, '2027-12-31'),
    ).toEqual({
      overall: null,
      year: null,
    });
  });

  it('handles a flat intermediate step like any flat target', () => {
    const flat: IndicatorFacts = {
      ...indicator,
      baselineValue: 655,
      targetValue: 655,
      intermediateTargets: [{ date: '2025-12-31', value: 655 }],
      measurements: [{ period: '2025-07-01', value: 650 }],
    };
    expect(indicatorAchievement(flat, '2025-09-30')).toEqual({
      overall: 0,
      year: 0,
    });
  });
});
