import type { CyclePayload } from '@boussole/domain';
import { LOADING } from '../../../core/http/load-state';
import { cycles } from '../testing/fixtures';
import {
  HISTORY,
  NO_HISTORY,
  OPEN_CYCLE_PARTLY_VALIDATED,
} from '../testing/history';
import { chooseComparison, sameComparison } from './dashboard-comparison';

const TODAY = '2026-11-25';
const NONE = { since: null, sinceCycle: null };
const ready = <T>(value: T) => ({ status: 'ready' as const, value });

describe('what the dashboard compares today with', () => {
  it('takes the URL’s choice first, a cycle before a date', () => {
    expect(
      chooseComparison(
        { since: '2026-10-01', sinceCycle: 103 },
        LOADING,
        undefined,
        TODAY,
      ),
    ).toEqual({ kind: 'cycle', cycleId: 103 });
    expect(
      chooseComparison(
        { since: '2026-10-01', sinceCycle: null },
        LOADING,
        undefined,
        TODAY,
      ),
    ).toEqual({ kind: 'date', since: '2026-10-01' });
  });

  it('is the latest validated cycle by default, an open one as soon as one axis is validated', () => {
    expect(chooseComparison(NONE, LOADING, cycles, TODAY)).toBeNull();
    expect(chooseComparison(NONE, ready(HISTORY), undefined, TODAY)).toEqual({
      kind: 'cycle',
      cycleId: 107,
    });
    expect(
      chooseComparison(
        NONE,
        ready({
          ...HISTORY,
          cycles: [...HISTORY.cycles, OPEN_CYCLE_PARTLY_VALIDATED],
        }),
        undefined,
        TODAY,
      ),
    ).toEqual({ kind: 'cycle', cycleId: 9 });
  });

  it('falls back to the opening of the latest closed cycle when none was validated', () => {
    expect(
      chooseComparison(NONE, ready(NO_HISTORY), undefined, TODAY),
    ).toBeNull();
    expect(chooseComparison(NONE, ready(NO_HISTORY), cycles, TODAY)).toEqual({
      kind: 'date',
      since: '2020-08-17',
    });
    // The history could not be read, nor the cycles: 30 days back.
    const failed = {
      status: 'error' as const,
      message: 'Panne.',
      httpStatus: 500,
    };
    expect(
      chooseComparison(NONE, failed, null as CyclePayload[] | null, TODAY),
    ).toEqual({ kind: 'date', since: '2026-10-26' });
  });

  it('tells two comparisons apart', () => {
    expect(
      sameComparison(
        { kind: 'cycle', cycleId: 1 },
        { kind: 'cycle', cycleId: 1 },
      ),
    ).toBe(true);
    expect(
      sameComparison(
        { kind: 'cycle', cycleId: 1 },
        { kind: 'date', since: '2026-01-01' },
      ),
    ).toBe(false);
    expect(sameComparison(null, null)).toBe(true);
    expect(sameComparison(null, { kind: 'cycle', cycleId: 1 })).toBe(false);
  });
});
