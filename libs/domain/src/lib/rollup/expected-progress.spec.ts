import {
  elapsedShare,
  expectedProgress,
  scheduleGap,
} from './expected-progress';

describe('expectedProgress', () => {
  it.each([
    ['before the start', '2025-01-01', '2025-12-31', '2024-12-01', 0],
    ['on the start date', '2025-01-01', '2025-12-31', '2025-01-01', 0],
    [
      'half way (100 of 200 days)',
      '2025-01-01',
      '2025-07-20',
      '2025-04-11',
      50,
    ],
    [
      'a third of the way, one decimal',
      '2025-01-01',
      '2025-01-04',
      '2025-01-02',
      33.3,
    ],
    [
      'two thirds of the way, rounded half up',
      '2025-01-01',
      '2025-01-04',
      '2025-01-03',
      66.7,
    ],
    ['on the due date', '2025-01-01', '2025-12-31', '2025-12-31', 100],
    [
      'after the due date, clamped',
      '2025-01-01',
      '2025-12-31',
      '2027-06-30',
      100,
    ],
    ['start = due, before', '2025-06-01', '2025-06-01', '2025-05-31', 0],
    ['start = due, on the day', '2025-06-01', '2025-06-01', '2025-06-01', 100],
    [
      'due before start (bad data), after both',
      '2025-06-01',
      '2025-05-01',
      '2025-06-15',
      100,
    ],
  ])('%s → %d', (_case, start, due, asOf, expected) => {
    expect(expectedProgress(start, due, asOf)).toBe(expected);
  });

  it('counts a leap day like any other day', () => {
    // 2024-01-01 → 2025-01-01 is 366 days; 2024-07-02 is day 183, exactly half.
    expect(expectedProgress('2024-01-01', '2025-01-01', '2024-07-02')).toBe(50);
  });

  it.each([
    [null, '2025-12-31'],
    ['2025-01-01', null],
    [null, null],
    [undefined, '2025-12-31'],
  ])('is null when a date is missing (%p, %p)', (start, due) => {
    expect(expectedProgress(start, due, '2025-06-01')).toBeNull();
  });
});

describe('elapsedShare', () => {
  it('is the unrounded share, for roll-ups that round once', () => {
    expect(elapsedShare('2025-01-01', '2025-01-04', '2025-01-02')).toBeCloseTo(
      100 / 3,
      10,
    );
    expect(elapsedShare(null, '2025-01-04', '2025-01-02')).toBeNull();
  });
});

describe('scheduleGap', () => {
  it('is progress minus expected, in points', () => {
    expect(scheduleGap(30, 55)).toBe(-25);
    expect(scheduleGap(80, 50)).toBe(30);
    expect(scheduleGap(33, 33.3)).toBe(-0.3);
  });

  it('is null when nothing is expected', () => {
    expect(scheduleGap(40, null)).toBeNull();
  });
});
