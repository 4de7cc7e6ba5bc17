import { REGION_CODES } from '../regions/regions';
import type { Status } from '../status/status';
import {
  regionalLaggards,
  regionalLaggardSignals,
  regionProgress,
  spread,
  type DeploymentFact,
} from './regional';

const NBSP = '\u00a0';

/** The 18 regions, all at `progress` unless overridden. */
function allRegions(
  progress: number,
  overrides: Record<string, Partial<DeploymentFact>> = {},
): DeploymentFact[] {
  return REGION_CODES.map((regionCode) => ({
    regionCode,
    progress,
    status: 'on_track' as Status,
    ...overrides[regionCode],
  }));
}

describe('regionalLaggards', () => {
  it('flags regions more than 15 points below the median of the 18 regions', () => {
    // 16 regions at 60, Bretagne at 44 (16 below), Corse at 45 (exactly 15 below: not flagged).
    const deployments = allRegions(60, {
      '53': { progress: 44 },
      '94': { progress: 45 },
    });
    expect(regionalLaggards(deployments)).toEqual(['53']);
  });

  it('takes the mean of the two middle values for an even count', () => {
    // 9 regions at 40 and 9 at 80: median 60, so 40 is 20 below → all nine at 40 lag.
    const low = Object.fromEntries(
      REGION_CODES.slice(0, 9).map((code) => [code, { progress: 40 }]),
    );
    expect(regionalLaggards(allRegions(80, low))).toEqual(
      REGION_CODES.slice(0, 9),
    );
  });

  it('counts the region itself in the median (odd count)', () => {
    const deployments: DeploymentFact[] = [
      { regionCode: '11', progress: 10, status: 'late' },
      { regionCode: '53', progress: 30, status: 'on_track' },
      { regionCode: '04', progress: 90, status: 'on_track' },
    ];
    // median 30: 10 is 20 below.
    expect(regionalLaggards(deployments)).toEqual(['11']);
  });

  it('leaves abandoned deployments out of the median and never flags them', () => {
    const deployments = allRegions(50, {
      '01': { progress: 0, status: 'abandoned' },
      '02': { progress: 0, status: 'abandoned' },
      '03': { progress: 34, status: 'at_risk' },
    });
    expect(regionalLaggards(deployments)).toEqual(['03']);
  });

  it('flags nobody when all regions move together, or without deployments', () => {
    expect(regionalLaggards(allRegions(0))).toEqual([]);
    expect(regionalLaggards([])).toEqual([]);
  });
});

describe('regionalLaggardSignals', () => {
  it('says which region lags and by how much, in French', () => {
    expect(
      regionalLaggardSignals(allRegions(60, { '53': { progress: 40 } })),
    ).toEqual([
      {
        kind: 'regional_laggard',
        regionCode: '53',
        message: `Bretagne${NBSP}: avancement de 40${NBSP}%, 20${NBSP}points sous la médiane des régions (60${NBSP}%).`,
      },
    ]);
  });
});

describe('spread', () => {
  it('counts regions per status and gives median, min and max of the non-abandoned', () => {
    const deployments = allRegions(50, {
      '01': { progress: 0, status: 'abandoned' },
      '11': { progress: 100, status: 'done' },
      '53': { progress: 10, status: 'late' },
      '04': { progress: 20, status: 'not_started' },
    });
    expect(spread(deployments)).toEqual({
      counts: {
        not_started: 1,
        on_track: 14,
        at_risk: 0,
        late: 1,
        done: 1,
        abandoned: 1,
      },
      median: 50,
      min: 10,
      max: 100,
    });
  });

  it('has null figures without deployments', () => {
    expect(spread([])).toEqual({
      counts: {
        not_started: 0,
        on_track: 0,
        at_risk: 0,
        late: 0,
        done: 0,
        abandoned: 0,
      },
      median: null,
      min: null,
      max: null,
    });
  });
});

describe('regionProgress', () => {
  it('is the weighted mean of non-abandoned deployments, done counting 100', () => {
    expect(
      regionProgress([
        { progress: 40, status: 'on_track', weight: 3 },
        { progress: 90, status: 'done', weight: 1 },
        { progress: 0, status: 'abandoned', weight: 10 },
      ]),
    ).toBe(55);
  });

  it('is null when nothing counts', () => {
    expect(regionProgress([])).toBeNull();
    expect(
      regionProgress([{ progress: 0, status: 'abandoned', weight: 1 }]),
    ).toBeNull();
  });
});
