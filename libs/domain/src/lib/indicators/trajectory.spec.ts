import type { IndicatorFacts } from './indicator';
import { expectedValueAt, isOffTrack, trajectoryCheck } from './trajectory';

/** From 0 (end 2024) to 100 (end 2026): 730 days, so 50 expected on 2025-12-31. */
const rising: IndicatorFacts = {
  baselineValue: 0,
  baselineDate: '2024-12-31',
  targetValue: 100,
  targetDate: '2026-12-31',
  intermediateTargets: [],
  periodicity: 'quarter',
  measurements: [],
};
/** Q4 2025, measured on 2025-12-31, when 50 % of the way is expected. */
const q4 = (value: number) => [{ period: '2025-10-01', value }];

describe('expectedValueAt', () => {
  const from = { date: '2024-12-31', value: 40 };
  const to = { date: '2026-12-31', value: 20 };

  it.each([
    ['before the baseline: the baseline', '2024-01-01', 40],
    ['on the baseline date', '2024-12-31', 40],
    ['half way (falling)', '2025-12-31', 30],
    ['on the target date', '2026-12-31', 20],
    ['after the target date: the target', '2028-01-01', 20],
  ])('%s', (_case, date, expected) => {
    expect(expectedValueAt(from, to, date)).toBe(expected);
  });

  it('jumps to the target on its date when both dates are the same', () => {
    const start = { date: '2026-12-31', value: 40 };
    expect(expectedValueAt(start, to, '2026-12-30')).toBe(40);
    expect(expectedValueAt(start, to, '2026-12-31')).toBe(20);
  });
});

describe('isOffTrack', () => {
  it.each([
    ['on the line', 50, false],
    ['exactly 15 points behind: not yet', 35, false],
    ['more than 15 points behind', 34.9, true],
    ['far behind', 0, true],
    ['ahead, clamped to 100', 150, false],
  ])('rising: %s (%d) → %p', (_case, value, expected) => {
    expect(
      isOffTrack({ ...rising, measurements: q4(value) }, '2026-01-15'),
    ).toBe(expected);
  });

  it.each([
    ['on the line', 30, false],
    ['exactly 15 points behind', 33, false],
    ['more than 15 points behind', 33.1, true],
    ['worse than the baseline', 45, true],
  ])('falling 40 → 20: %s (%d) → %p', (_case, value, expected) => {
    const falling = {
      ...rising,
      baselineValue: 40,
      targetValue: 20,
      measurements: q4(value),
    };
    expect(isOffTrack(falling, '2026-01-15')).toBe(expected);
  });

  it.each([
    ['held', 655, false],
    ['missed', 650, true],
  ])('baseline = target (655): %s → %p', (_case, value, expected) => {
    const flat = {
      ...rising,
      baselineValue: 655,
      targetValue: 655,
      measurements: q4(value),
    };
    expect(isOffTrack(flat, '2026-01-15')).toBe(expected);
  });

  it('is not off track without a measurement', () => {
    expect(isOffTrack(rising, '2026-06-30')).toBe(false);
    expect(trajectoryCheck(rising, '2026-06-30')).toBeNull();
  });

  it('compares at the end of the latest measurement’s period, known as of the date', () => {
    const indicator = {
      ...rising,
      measurements: [...q4(40), { period: '2026-01-01', value: 10 }],
    };
    // As of 2025-12-31, Q1 2026 has not begun: the Q4 value (40 for 50 expected) is on track.
    expect(trajectoryCheck(indicator, '2025-12-31')).toEqual({
      measuredOn: '2025-12-31',
      achievement: 40,
      expectedAchievement: 50,
      offTrack: false,
    });
    // Later, Q1 2026 (10, measured on 2026-03-31 when 62.3 is expected) is far behind.
    expect(trajectoryCheck(indicator, '2026-02-01')).toEqual({
      measuredOn: '2026-03-31',
      achievement: 10,
      expectedAchievement: 62.3,
      offTrack: true,
    });
  });
});
