import { dateScale, linearScale, niceTicks, yearTicks } from './chart-scale';

describe('chart scales', () => {
  it('maps a value to y, the largest value at the top', () => {
    const y = linearScale([0, 200], [300, 20]);
    expect(y(0)).toBe(300);
    expect(y(200)).toBe(20);
    expect(y(100)).toBe(160);
    expect(y(250)).toBe(-50);
    expect(linearScale([5, 5], [300, 20])(5)).toBe(160);
  });

  it('maps a date to x by calendar days', () => {
    const x = dateScale('2025-01-01', '2027-01-01', [60, 790]);
    expect(x('2025-01-01')).toBe(60);
    expect(x('2027-01-01')).toBe(790);
    // 2025 has 365 days of the 730.
    expect(x('2026-01-01')).toBe(425);
    expect(x('2024-12-31')).toBeCloseTo(59, 0);
  });

  it('puts a tick on each 1st of January between the dates', () => {
    expect(yearTicks('2024-12-31', '2027-12-31')).toEqual([
      '2025-01-01',
      '2026-01-01',
      '2027-01-01',
    ]);
    expect(yearTicks('2025-01-01', '2025-06-30')).toEqual(['2025-01-01']);
  });

  it('rounds the value axis to nice ticks that contain every value', () => {
    expect(niceTicks([655, 600, 612])).toEqual({
      domain: [600, 660],
      ticks: [600, 620, 640, 660],
    });
    expect(niceTicks([0, 100])).toEqual({
      domain: [0, 100],
      ticks: [0, 20, 40, 60, 80, 100],
    });
    expect(niceTicks([0.2, 0.9]).ticks).toEqual([0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks([50]).domain).toEqual([44, 56]);
  });
});
