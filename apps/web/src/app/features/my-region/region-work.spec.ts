import type { CyclePayload, RegionDeployment } from '@boussole/domain';
import {
  regionExpectationText,
  regionWork,
  reportedInCycle,
} from './region-work';

const CYCLE: CyclePayload = {
  id: 9,
  planId: 1,
  label: 'T4 2026',
  opensOn: '2026-11-16',
  closesOn: '2026-12-11',
  state: 'open',
  version: 2,
};

const d = (changes: Partial<RegionDeployment>): RegionDeployment => ({
  actionId: 1,
  regionCode: '53',
  regionName: 'Bretagne',
  status: 'on_track',
  progress: 50,
  narrative: null,
  version: 1,
  updatedAt: '2026-10-01T00:00:00Z',
  updatedBy: null,
  laggard: false,
  commentCount: 0,
  actionCode: '1.1.1',
  actionTitle: 'Une action',
  weight: 1,
  medianProgress: 50,
  ...changes,
});

describe('a liaison’s region work', () => {
  it('counts a report written during the cycle, or signed after it closed, as the completeness does', () => {
    expect(
      reportedInCycle(d({ updatedAt: '2026-11-16T00:00:00Z' }), CYCLE),
    ).toBe(true);
    expect(
      reportedInCycle(d({ updatedAt: '2026-11-15T23:59:59Z' }), CYCLE),
    ).toBe(false);
    expect(
      reportedInCycle(d({ updatedAt: '2026-12-11T23:00:00Z' }), CYCLE),
    ).toBe(true);
    expect(
      reportedInCycle(d({ updatedAt: '2026-12-12T08:00:00Z' }), CYCLE),
    ).toBe(false);
    expect(
      reportedInCycle(
        d({
          updatedAt: '2026-12-12T08:00:00Z',
          updatedBy: { id: 1, name: 'A' },
        }),
        CYCLE,
      ),
    ).toBe(true);
    expect(
      reportedInCycle(d({ updatedAt: '2026-11-20T00:00:00Z' }), null),
    ).toBe(false);
  });

  it('puts what is still to report first, worst météo then furthest behind the median, and the closed ones apart', () => {
    const work = regionWork(
      [
        d({ actionId: 1, actionCode: '1.1.10' }),
        d({ actionId: 2, actionCode: '1.1.9', progress: 20 }),
        d({ actionId: 3, actionCode: '1.1.2', status: 'late' }),
        d({
          actionId: 4,
          actionCode: '1.1.1',
          status: 'late',
          updatedAt: '2026-11-20T00:00:00Z',
        }),
        d({ actionId: 5, actionCode: '2.1.1', status: 'done', progress: 100 }),
        // Closed during the cycle: it answered the cycle, so it stays with the expected ones.
        d({
          actionId: 6,
          actionCode: '2.1.2',
          status: 'abandoned',
          updatedAt: '2026-11-18T00:00:00Z',
        }),
      ],
      CYCLE,
    );
    expect(work.expected.map((x) => x.actionId)).toEqual([3, 2, 1, 4, 6]);
    expect(work.closed.map((x) => x.actionId)).toEqual([5]);
  });

  it('says what the cycle still expects, in French', () => {
    const open = d({});
    const done = d({ updatedAt: '2026-11-20T00:00:00Z' });
    expect(regionExpectationText(CYCLE, [open, open, done])).toBe(
      'Campagne T4 2026 (jusqu’au 11/12/2026)\u00a0: 2 déploiements sur 3 restent à renseigner.',
    );
    expect(regionExpectationText(CYCLE, [open, done])).toBe(
      'Campagne T4 2026 (jusqu’au 11/12/2026)\u00a0: 1 déploiement sur 2 reste à renseigner.',
    );
    expect(regionExpectationText(CYCLE, [done, done])).toBe(
      'Campagne T4 2026 (jusqu’au 11/12/2026)\u00a0: les 2 déploiements attendus ont été renseignés.',
    );
    expect(regionExpectationText(CYCLE, [])).toBe(
      'Campagne T4 2026 (jusqu’au 11/12/2026)\u00a0: aucun déploiement de votre région n’est attendu.',
    );
    expect(regionExpectationText(null, [open])).toBe(
      'Aucune campagne de suivi n’est ouverte\u00a0: aucun rapport de déploiement n’est attendu pour l’instant.',
    );
  });
});
