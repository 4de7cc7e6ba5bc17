import type { PlanChanges } from '@boussole/domain';
import { changes } from '../testing/fixtures';
import { HISTORY, OPEN_CYCLE_PARTLY_VALIDATED } from '../testing/history';
import { axisChanges, worsenedHeading } from './axis-change';

const SINCE_T3_2026: PlanChanges = {
  since: '2026-09-25',
  sinceCycle: { id: 107, label: 'T3 2026', frozenAt: '2026-09-25T16:00:00Z' },
  changes: changes.changes,
};

describe('each axis’s change since the compared state', () => {
  it('since a cycle: the progress its validation froze and the actions that moved', () => {
    const byAxis = axisChanges(SINCE_T3_2026, HISTORY, [11, 12]);
    expect(byAxis.get(11)).toEqual({
      since: 'Depuis T3 2026',
      before: 62,
      counts: '1 action dégradée',
    });
    expect(byAxis.get(12)).toEqual({
      since: 'Depuis T3 2026',
      before: 40,
      counts: 'Aucune action dégradée ni améliorée',
    });
    expect(worsenedHeading(SINCE_T3_2026)).toBe(
      'Actions dégradées depuis la campagne T3 2026',
    );
  });

  it('since an open cycle: only the axes validated so far have a frozen progress', () => {
    const byAxis = axisChanges(
      {
        ...SINCE_T3_2026,
        sinceCycle: {
          id: 9,
          label: 'T4 2026',
          frozenAt: '2026-11-20T10:00:00Z',
        },
      },
      { ...HISTORY, cycles: [...HISTORY.cycles, OPEN_CYCLE_PARTLY_VALIDATED] },
      [11, 12],
    );
    expect(byAxis.get(11)?.before).toBe(70);
    expect(byAxis.get(12)?.before).toBeNull();
  });

  it('since a date: no frozen progress, the counts only', () => {
    const byAxis = axisChanges(
      {
        since: '2020-08-17',
        changes: [
          ...changes.changes,
          {
            ...changes.changes[0],
            actionId: 102,
            before: { status: 'late', progress: 10 },
            after: { status: 'at_risk', progress: 20 },
          },
          {
            ...changes.changes[0],
            actionId: 103,
            before: { status: 'late', progress: 10 },
            after: { status: 'on_track', progress: 20 },
          },
        ],
      },
      null,
      [11],
    );
    expect(byAxis.get(11)).toEqual({
      since: 'Depuis le 17/08/2020',
      before: null,
      counts: '1 action dégradée, 2 améliorées',
    });
  });
});
