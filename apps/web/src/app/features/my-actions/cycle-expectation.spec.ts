import type { ActionListItem, CyclePayload } from '@boussole/domain';
import { cycleExpectation, expectationText } from './cycle-expectation';

const CYCLE: CyclePayload = {
  id: 9,
  planId: 1,
  label: 'T4 2026',
  opensOn: '2026-11-16',
  closesOn: '2026-12-11',
  state: 'open',
  version: 1,
};

const action = (
  stale: boolean,
  lastUpdateAt: string | null,
  planId = 1,
): ActionListItem =>
  ({
    planId,
    lastUpdateAt,
    signals: stale ? ['stale'] : [],
  }) as ActionListItem;

describe('what the open cycle expects of "Mes actions"', () => {
  it('counts the actions still to update and those updated since the cycle opened, in its plan only', () => {
    expect(
      cycleExpectation(
        [
          action(true, null),
          action(true, '2026-10-01T08:00:00Z'),
          action(false, '2026-11-16T00:00:00Z'),
          // Closed before the cycle: not expected.
          action(false, '2026-11-15T23:59:59Z'),
          // Another plan's.
          action(true, null, 2),
        ],
        CYCLE,
      ),
    ).toEqual({ cycle: CYCLE, expected: 3, missing: 2 });
  });

  it.each([
    [3, 5, '3 actions sur 5 restent à mettre à jour.'],
    [1, 5, '1 action sur 5 reste à mettre à jour.'],
    [0, 5, 'vos 5 actions attendues ont reçu leur point d’avancement.'],
    [0, 1, 'votre action attendue a reçu son point d’avancement.'],
    [0, 0, 'aucune de vos actions n’attend de point d’avancement.'],
  ])('says %i missing of %i in French', (missing, expected, end) => {
    expect(expectationText({ cycle: CYCLE, expected, missing })).toBe(
      `Campagne T4 2026 (jusqu’au 11/12/2026)\u00a0: ${end}`,
    );
  });
});
