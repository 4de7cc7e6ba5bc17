import type { Periodicity } from '../api/payloads';
import {
  indicatorNextDue,
  isIndicatorStale,
  nextMeasurementDue,
} from './freshness';

describe('nextMeasurementDue', () => {
  it.each<[string, Periodicity, string]>([
    ['2026-01-01', 'month', '2026-02-28'],
    ['2026-01-31', 'month', '2026-02-28'],
    ['2024-01-15', 'month', '2024-02-29'],
    ['2026-12-01', 'month', '2027-01-31'],
    ['2026-01-01', 'quarter', '2026-06-30'],
    ['2026-03-31', 'quarter', '2026-06-30'],
    ['2026-10-01', 'quarter', '2027-03-31'],
    ['2025-01-01', 'year', '2026-12-31'],
    ['2025-12-31', 'year', '2026-12-31'],
  ])('latest period %s (%s) → due %s', (latest, periodicity, expected) => {
    expect(nextMeasurementDue(latest, periodicity)).toBe(expected);
  });
});

describe('isIndicatorStale', () => {
  const quarterly = {
    baselineDate: '2024-12-31',
    periodicity: 'quarter' as const,
    measurements: [
      { period: '2025-01-01', value: 1 },
      { period: '2025-04-01', value: 2 },
    ],
  };

  it.each([
    // Latest Q2 2025: Q3's value is due on 30 September.
    ['2025-09-30', false],
    ['2025-10-01', true],
    ['2026-06-30', true],
  ])('latest Q2 2025, as of %s → stale %p', (asOf, expected) => {
    expect(isIndicatorStale(quarterly, asOf)).toBe(expected);
  });

  it('ignores measurements of periods not begun as of the date', () => {
    // As of 2025-03-31 the latest is Q1; Q2 is due on 30 June.
    expect(indicatorNextDue(quarterly, '2025-03-31')).toBe('2025-06-30');
  });

  it('counts from the baseline before any measurement', () => {
    const fresh = { ...quarterly, measurements: [] };
    // Baseline in Q4 2024: Q1 2025 is due on 31 March 2025.
    expect(indicatorNextDue(fresh, '2025-02-01')).toBe('2025-03-31');
    expect(isIndicatorStale(fresh, '2025-03-31')).toBe(false);
    expect(isIndicatorStale(fresh, '2025-04-01')).toBe(true);
  });

  it('follows the periodicity', () => {
    const yearly = {
      baselineDate: '2024-12-31',
      periodicity: 'year' as const,
      measurements: [{ period: '2025-01-01', value: 1 }],
    };
    expect(isIndicatorStale(yearly, '2026-12-31')).toBe(false);
    expect(isIndicatorStale(yearly, '2027-01-01')).toBe(true);
  });
});
