import type { IndicatorFacts } from '../indicators/indicator';
import { indicatorSignals } from './indicator-signals';

const NBSP = '\u00a0';

/** From 0 (end 2024) to 100 (end 2026), quarterly. */
const indicator: IndicatorFacts = {
  baselineValue: 0,
  baselineDate: '2024-12-31',
  targetValue: 100,
  targetDate: '2026-12-31',
  intermediateTargets: [],
  periodicity: 'quarter',
  measurements: [{ period: '2025-10-01', value: 50 }],
};

describe('indicatorSignals', () => {
  it('finds nothing on a fresh indicator on its trajectory', () => {
    expect(indicatorSignals(indicator, '2026-01-15')).toEqual([]);
  });

  it('flags a stale indicator with the date the measurement was due', () => {
    expect(indicatorSignals(indicator, '2026-04-01')).toEqual([
      {
        kind: 'indicator_stale',
        message:
          'Indicateur à mettre à jour\u00a0: une mesure était attendue au plus tard le 31/03/2026.',
      },
    ]);
  });

  it('flags an indicator more than 15 points behind its trajectory', () => {
    expect(
      indicatorSignals(
        { ...indicator, measurements: [{ period: '2025-10-01', value: 20 }] },
        '2026-01-15',
      ),
    ).toEqual([
      {
        kind: 'indicator_off_track',
        message: `Réalisation de 20${NBSP}% au 31/12/2025, pour 50${NBSP}% attendus sur la trajectoire vers la cible.`,
      },
    ]);
  });

  it('gives both signals when both apply, and only staleness without a measurement', () => {
    const late = {
      ...indicator,
      measurements: [{ period: '2025-10-01', value: 20 }],
    };
    expect(indicatorSignals(late, '2026-05-01').map((s) => s.kind)).toEqual([
      'indicator_stale',
      'indicator_off_track',
    ]);
    expect(
      indicatorSignals({ ...indicator, measurements: [] }, '2025-04-01').map(
        (s) => s.kind,
      ),
    ).toEqual(['indicator_stale']);
  });
});
