import {
  addDays,
  addMonths,
  compareIsoDates,
  daysBetween,
  endOfPeriod,
  isIsoDate,
  isoDateOf,
  parseIsoDate,
  startOfPeriod,
  toIsoDate,
} from './dates';

describe('isIsoDate', () => {
  it.each([
    ['2025-01-01', true],
    ['2024-02-29', true],
    ['2025-12-31', true],
    ['2025-02-29', false],
    ['2025-02-30', false],
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-01-00', false],
    ['2025-1-01', false],
    ['25-01-01', false],
    ['2025-01-01T00:00:00Z', false],
    ['', false],
  ])('%s → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it('rejects what is not a string', () => {
    expect(isIsoDate(null)).toBe(false);
    expect(isIsoDate(20250101)).toBe(false);
    expect(isIsoDate(new Date())).toBe(false);
  });
});

describe('parseIsoDate and toIsoDate', () => {
  it('parses to UTC midnight, whatever the local time zone', () => {
    expect(parseIsoDate('2026-11-24').toISOString()).toBe(
      '2026-11-24T00:00:00.000Z',
    );
  });

  it('round-trips', () => {
    expect(toIsoDate(parseIsoDate('2024-02-29'))).toBe('2024-02-29');
  });

  it('takes the UTC calendar day of a Date', () => {
    expect(toIsoDate(new Date('2026-03-31T23:30:00Z'))).toBe('2026-03-31');
  });

  it('throws a coded error on an impossible date', () => {
    expect(() => parseIsoDate('2025-02-30')).toThrow(
      expect.objectContaining({ code: 'invalid_date' }),
    );
    expect(() => toIsoDate(new Date('nope'))).toThrow(
      expect.objectContaining({ code: 'invalid_date' }),
    );
  });
});

describe('daysBetween', () => {
  it.each([
    ['2025-01-01', '2025-01-01', 0],
    ['2025-01-01', '2025-01-02', 1],
    ['2025-01-02', '2025-01-01', -1],
    ['2025-01-01', '2026-01-01', 365],
    ['2024-01-01', '2025-01-01', 366],
    // Across the European summer-time change: still whole days.
    ['2026-03-28', '2026-03-30', 2],
  ])('%s → %s = %d', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });
});

describe('compareIsoDates and addDays', () => {
  it('compares as dates', () => {
    expect(compareIsoDates('2025-01-01', '2025-01-02')).toBe(-1);
    expect(compareIsoDates('2025-01-02', '2025-01-02')).toBe(0);
    expect(compareIsoDates('2026-01-01', '2025-12-31')).toBe(1);
  });

  it('adds days across months and years', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});

describe('addMonths', () => {
  it.each([
    ['2025-01-15', 1, '2025-02-15'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-01-10', -13, '2023-12-10'],
    ['2025-05-20', 0, '2025-05-20'],
  ])('%s + %d months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('startOfPeriod and endOfPeriod', () => {
  it.each([
    ['2026-02-14', 'month', '2026-02-01', '2026-02-28'],
    ['2024-02-14', 'month', '2024-02-01', '2024-02-29'],
    ['2026-02-14', 'quarter', '2026-01-01', '2026-03-31'],
    ['2026-05-01', 'quarter', '2026-04-01', '2026-06-30'],
    ['2026-09-30', 'quarter', '2026-07-01', '2026-09-30'],
    ['2026-12-31', 'quarter', '2026-10-01', '2026-12-31'],
    ['2026-07-14', 'year', '2026-01-01', '2026-12-31'],
  ] as const)('%s by %s: %s → %s', (date, periodicity, start, end) => {
    expect(startOfPeriod(date, periodicity)).toBe(start);
    expect(endOfPeriod(date, periodicity)).toBe(end);
  });
});

describe('isoDateOf', () => {
  it('keeps a date and takes the UTC day of a date-time', () => {
    expect(isoDateOf('2026-04-01')).toBe('2026-04-01');
    expect(isoDateOf('2026-03-31T23:30:00Z')).toBe('2026-03-31');
    expect(isoDateOf('2026-04-01T00:30:00+02:00')).toBe('2026-03-31');
  });

  it('throws on anything else', () => {
    expect(() => isoDateOf('31/03/2026')).toThrow(
      expect.objectContaining({ code: 'invalid_date' }),
    );
  });
});
