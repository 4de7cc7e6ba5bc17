import { latestMeasurement, measuredOn } from './indicator';

describe('latestMeasurement', () => {
  const measurements = [
    { period: '2026-01-01', value: 10 },
    { period: '2026-07-01', value: 30 },
    { period: '2026-04-01', value: 20 },
  ];

  it('takes the latest period, whatever the input order', () => {
    expect(latestMeasurement(measurements, 'quarter', '2026-12-31')).toEqual({
      period: '2026-07-01',
      value: 30,
    });
  });

  it('ignores periods that have not begun as of the date', () => {
    expect(latestMeasurement(measurements, 'quarter', '2026-06-30')).toEqual({
      period: '2026-04-01',
      value: 20,
    });
    // A period identified by its last day still counts from its first.
    expect(
      latestMeasurement(
        [{ period: '2026-09-30', value: 5 }],
        'quarter',
        '2026-07-01',
      ),
    ).toEqual({
      period: '2026-09-30',
      value: 5,
    });
  });

  it('is null without a measurement as of the date', () => {
    expect(latestMeasurement([], 'month', '2026-01-01')).toBeNull();
    expect(latestMeasurement(measurements, 'quarter', '2025-12-31')).toBeNull();
  });
});

describe('measuredOn', () => {
  it('is the end of the period', () => {
    expect(measuredOn({ period: '2026-04-01', value: 1 }, 'quarter')).toBe(
      '2026-06-30',
    );
    expect(measuredOn({ period: '2026-02-01', value: 1 }, 'month')).toBe(
      '2026-02-28',
    );
    expect(measuredOn({ period: '2025-01-01', value: 1 }, 'year')).toBe(
      '2025-12-31',
    );
  });
});
