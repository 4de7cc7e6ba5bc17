import type { RollupAction, RollupOptions } from './rollup';
import { rollupNode } from './rollup';

const options: RollupOptions = { asOf: '2026-07-02', cycleOpenedOn: null };

let nextId = 1;
/** An action of 2026 (half-way on 2026-07-02), on track, updated recently. */
function action(overrides: Partial<RollupAction> = {}): RollupAction {
  return {
    id: nextId++,
    weight: 1,
    status: 'on_track',
    progress: 50,
    startDate: '2026-01-01',
    dueDate: '2026-12-31',
    lastUpdateAt: '2026-06-15T10:00:00Z',
    ...overrides,
  };
}

beforeEach(() => {
  nextId = 1;
});

describe('rollupNode', () => {
  it('gives no value, not 0, to a node without actions', () => {
    expect(rollupNode([], options)).toEqual({
      progress: null,
      expectedProgress: null,
      health: null,
      healthReason: null,
      counts: {
        not_started: { count: 0, weight: 0 },
        on_track: { count: 0, weight: 0 },
        at_risk: { count: 0, weight: 0 },
        late: { count: 0, weight: 0 },
        done: { count: 0, weight: 0 },
        abandoned: { count: 0, weight: 0 },
      },
      signals: {
        overdue: 0,
        stale: 0,
        schedule_gap: 0,
        status_check: 0,
        regional_laggard: 0,
        indicator_stale: 0,
        indicator_off_track: 0,
      },
      explain: { counted: [], excluded: [] },
    });
  });

  it('weighs progress by the actions’ weights', () => {
    const figures = rollupNode(
      [action({ weight: 3, progress: 80 }), action({ weight: 1, progress: 0 })],
      options,
    );
    expect(figures.progress).toBe(60);
    expect(figures.explain.counted).toEqual([
      { actionId: 1, weight: 3, progress: 80 },
      { actionId: 2, weight: 1, progress: 0 },
    ]);
  });

  it('rounds progress to one decimal', () => {
    const figures = rollupNode(
      [
        action({ progress: 10 }),
        action({ progress: 20 }),
        action({ progress: 20 }),
      ],
      options,
    );
    expect(figures.progress).toBe(16.7);
  });

  it('leaves abandoned actions out of progress and health, and says why', () => {
    const figures = rollupNode(
      [
        action({ progress: 40 }),
        action({ status: 'abandoned', progress: 0, weight: 5 }),
      ],
      options,
    );
    expect(figures.progress).toBe(40);
    expect(figures.health).toBe('on_track');
    expect(figures.explain.excluded).toEqual([
      { actionId: 2, reason: 'Action abandonnée' },
    ]);
    expect(figures.counts.abandoned).toEqual({ count: 1, weight: 5 });
  });

  it('has no progress nor health when every action is abandoned', () => {
    const figures = rollupNode(
      [action({ status: 'abandoned' }), action({ status: 'abandoned' })],
      options,
    );
    expect(figures.progress).toBeNull();
    expect(figures.expectedProgress).toBeNull();
    expect(figures.health).toBeNull();
    expect(figures.counts.abandoned.count).toBe(2);
  });

  it('excludes an action of zero weight, with its reason', () => {
    const figures = rollupNode(
      [action({ progress: 80 }), action({ weight: 0, progress: 0 })],
      options,
    );
    expect(figures.progress).toBe(80);
    expect(figures.explain.excluded).toEqual([
      {
        actionId: 2,
        reason: 'Poids nul : l’action ne pèse pas dans la moyenne',
      },
    ]);
    expect(figures.counts.on_track).toEqual({ count: 2, weight: 1 });
  });

  it('counts a done action as 100 whatever its stored progress', () => {
    const figures = rollupNode(
      [action({ status: 'done', progress: 90 }), action({ progress: 50 })],
      options,
    );
    expect(figures.progress).toBe(75);
    expect(figures.explain.counted[0]).toEqual({
      actionId: 1,
      weight: 1,
      progress: 100,
    });
  });

  it('shows an overdue action as late whatever its status says, and lets it set the health', () => {
    const figures = rollupNode(
      [
        action({ status: 'on_track', dueDate: '2026-06-30', progress: 90 }),
        action({ weight: 3 }),
      ],
      options,
    );
    expect(figures.counts.late).toEqual({ count: 1, weight: 1 });
    expect(figures.counts.on_track).toEqual({ count: 1, weight: 3 });
    // 1 of 4 = 25 %: late.
    expect(figures.health).toBe('late');
    expect(figures.signals.overdue).toBe(1);
    expect(figures.signals.status_check).toBe(1);
  });

  it('does not make a done or abandoned action late after its due date', () => {
    const figures = rollupNode(
      [
        action({ status: 'done', dueDate: '2026-03-31' }),
        action({ status: 'abandoned', dueDate: '2026-03-31' }),
      ],
      options,
    );
    expect(figures.counts.done.count).toBe(1);
    expect(figures.counts.abandoned.count).toBe(1);
    expect(figures.counts.late.count).toBe(0);
    expect(figures.health).toBe('done');
  });

  it('depends on the as-of date', () => {
    const actions = [
      action({ dueDate: '2026-06-30', progress: 90 }),
      action({ weight: 2 }),
    ];
    expect(
      rollupNode(actions, { asOf: '2026-06-30', cycleOpenedOn: null }).health,
    ).toBe('on_track');
    expect(
      rollupNode(actions, { asOf: '2026-07-01', cycleOpenedOn: null }).health,
    ).toBe('late');
  });

  it.each([
    ['all done', ['done', 'done'], 'done'],
    ['done but one abandoned', ['done', 'abandoned'], 'done'],
    ['none started', ['not_started', 'not_started'], 'not_started'],
    ['late + at risk at 50 %', ['at_risk', 'on_track'], 'at_risk'],
    ['one late of four', ['late', 'on_track', 'on_track', 'on_track'], 'late'],
    [
      'one at risk of five',
      ['at_risk', 'on_track', 'on_track', 'on_track', 'on_track'],
      'on_track',
    ],
  ] as const)('health: %s → %s', (_case, statuses, expected) => {
    expect(
      rollupNode(
        statuses.map((status) => action({ status })),
        options,
      ).health,
    ).toBe(expected);
  });

  // Half-way through 2026 on 2026-07-02: 50 % expected (182 of 364 days).
  it.each([
    ['23 points behind, nothing late', 27, 'late', 'behind_20', -23],
    ['15 points behind, nothing at risk', 35, 'at_risk', 'behind_10', -15],
    ['9 points behind', 41, 'on_track', 'on_track', -9],
    ['ahead of schedule', 70, 'on_track', 'on_track', 20],
  ] as const)(
    'health from the schedule: %s → %s',
    (_case, progress, health, rule, gap) => {
      const figures = rollupNode(
        [action({ progress }), action({ progress })],
        options,
      );
      expect(figures.expectedProgress).toBe(50);
      expect(figures.health).toBe(health);
      expect(figures.healthReason).toEqual({
        rule,
        lateShare: 0,
        atRiskShare: 0,
        gap,
      });
    },
  );

  it('is strict: exactly 20 points behind is at risk, exactly 10 is on track', () => {
    const twenty = rollupNode([action({ progress: 30 })], options);
    expect([twenty.progress, twenty.expectedProgress]).toEqual([30, 50]);
    expect(twenty.health).toBe('at_risk');
    expect(twenty.healthReason?.rule).toBe('behind_10');
    const ten = rollupNode([action({ progress: 40 })], options);
    expect(ten.healthReason).toMatchObject({ rule: 'on_track', gap: -10 });
  });

  it('lets the late weight decide before the schedule, and says so', () => {
    const figures = rollupNode(
      [action({ status: 'late', progress: 0 }), action({ progress: 10 })],
      options,
    );
    expect(figures.health).toBe('late');
    expect(figures.healthReason).toEqual({
      rule: 'late_weight',
      lateShare: 50,
      atRiskShare: 50,
      gap: -45,
    });
  });

  it('makes a node where nothing has started but should have late', () => {
    const figures = rollupNode(
      [action({ status: 'not_started', progress: 0 })],
      options,
    );
    expect(figures.healthReason?.rule).toBe('behind_20');
    expect(figures.health).toBe('late');
    const notYet = rollupNode(
      [action({ status: 'not_started', progress: 0, startDate: '2026-09-01' })],
      options,
    );
    expect(notYet.healthReason?.rule).toBe('none_started');
  });

  it('averages expected progress over the counted actions that have dates, by weight', () => {
    const figures = rollupNode(
      [
        action({ weight: 1 }), // 50 % expected
        action({ weight: 3, startDate: '2026-01-01', dueDate: '2026-07-02' }), // 100 % expected
        action({ weight: 10, startDate: null }), // no dates: left out of the expectation
        action({ weight: 10, status: 'abandoned' }), // abandoned: left out
      ],
      options,
    );
    expect(figures.expectedProgress).toBe(87.5);
  });

  it('has no expected progress when no counted action has dates', () => {
    expect(
      rollupNode([action({ dueDate: null })], options).expectedProgress,
    ).toBeNull();
  });

  it('counts the action signals of the node', () => {
    const figures = rollupNode(
      [
        action({ lastUpdateAt: null }), // stale
        action({
          lastUpdateAt: '2026-03-01T00:00:00Z',
          progress: 10,
          status: 'at_risk',
        }), // stale, schedule gap
        action({ milestones: [{ plannedDate: '2026-05-01', done: false }] }), // stale, status check
        action({ status: 'done', lastUpdateAt: null }), // nothing
      ],
      { asOf: '2026-07-02', cycleOpenedOn: '2026-07-01' },
    );
    expect(figures.signals).toEqual({
      overdue: 0,
      stale: 3,
      schedule_gap: 1,
      status_check: 1,
      regional_laggard: 0,
      indicator_stale: 0,
      indicator_off_track: 0,
    });
  });
});
