import type { SignalAction, SignalContext } from './action-signals';
import { actionSignals, pastDueMilestones } from './action-signals';

const NBSP = '\u00a0';
const MINUS = '\u2212';

/** A year-long action (2026), on track, updated in the open cycle: no signal at all. */
const base: SignalAction = {
  status: 'on_track',
  progress: 50,
  startDate: '2026-01-01',
  dueDate: '2026-12-31',
  lastUpdateAt: '2026-04-02T10:00:00Z',
  milestones: [],
};
const ctx: SignalContext = { asOf: '2026-07-02', cycleOpenedOn: '2026-04-01' };

const kinds = (action: Partial<SignalAction>, context = ctx) =>
  actionSignals({ ...base, ...action }, context).map((s) => s.kind);

describe('actionSignals', () => {
  it('finds nothing on a healthy action', () => {
    // 2026-07-02 is day 182 of 364: 50 % expected, 50 % done.
    expect(actionSignals(base, ctx)).toEqual([]);
  });

  it('flags an overdue action, and its "on track" status as to check', () => {
    const signals = actionSignals(
      { ...base, dueDate: '2026-06-30', progress: 95 },
      ctx,
    );
    expect(signals).toEqual([
      {
        kind: 'overdue',
        message: 'Échéance du 30/06/2026 dépassée de 2\u00a0jours.',
      },
      {
        kind: 'status_check',
        message:
          'Météo « En bonne voie » à vérifier\u00a0: l’échéance est dépassée.',
      },
    ]);
  });

  it('says "1 jour" in the singular', () => {
    const [signal] = actionSignals(
      { ...base, status: 'at_risk', dueDate: '2026-07-01', progress: 99 },
      ctx,
    );
    expect(signal.message).toBe(
      'Échéance du 01/07/2026 dépassée de 1\u00a0jour.',
    );
  });

  it('does not flag an action due on the as-of date', () => {
    expect(kinds({ dueDate: '2026-07-02', progress: 100 })).toEqual([]);
  });

  it('flags a stale action while a cycle is open, not otherwise', () => {
    const stale = { lastUpdateAt: '2026-03-15T10:00:00Z' };
    expect(actionSignals({ ...base, ...stale }, ctx)).toEqual([
      {
        kind: 'stale',
        message:
          'Aucun point d’avancement depuis l’ouverture de la campagne le 01/04/2026.',
      },
    ]);
    expect(kinds({ lastUpdateAt: null })).toEqual(['stale']);
    expect(kinds(stale, { ...ctx, cycleOpenedOn: null })).toEqual([]);
  });

  it.each([
    // expected 50 % at the as-of date
    [30, 'at_risk', []],
    [29.9, 'at_risk', ['schedule_gap']],
    [10, 'late', ['schedule_gap']],
    [29, 'on_track', ['schedule_gap', 'status_check']],
    [30, 'on_track', []],
  ] as const)(
    'progress %d with status %s → %j (gap must be below −20)',
    (progress, status, expected) => {
      expect(kinds({ progress, status })).toEqual(expected);
    },
  );

  it('explains the schedule gap in French', () => {
    const signals = actionSignals({ ...base, progress: 20 }, ctx);
    expect(signals).toEqual([
      {
        kind: 'schedule_gap',
        message: `Avancement de 20${NBSP}% pour 50${NBSP}% attendus à cette date (${MINUS}30${NBSP}points).`,
      },
      {
        kind: 'status_check',
        message: `Météo « En bonne voie » à vérifier${NBSP}: l’avancement a 30${NBSP}points de retard sur le calendrier.`,
      },
    ]);
  });

  it('has no schedule gap without dates', () => {
    expect(kinds({ progress: 0, startDate: null })).toEqual([]);
    expect(kinds({ progress: 0, dueDate: null })).toEqual([]);
  });

  it('asks to check "on track" when a milestone is past due', () => {
    const milestones = [
      {
        title: 'Publication du décret',
        plannedDate: '2026-06-30',
        done: false,
      },
      { title: 'Concertation', plannedDate: '2026-03-01', done: true },
      { title: 'Bilan', plannedDate: '2026-09-30', done: false },
    ];
    expect(actionSignals({ ...base, milestones }, ctx)).toEqual([
      {
        kind: 'status_check',
        message:
          'Météo « En bonne voie » à vérifier\u00a0: le jalon « Publication du décret » prévu le 30/06/2026 n’est pas atteint.',
      },
    ]);
  });

  it('counts several missed milestones and joins every reason', () => {
    const milestones = [
      { plannedDate: '2026-05-31', done: false },
      { plannedDate: '2026-06-15', done: false },
    ];
    const signals = actionSignals(
      { ...base, milestones, dueDate: '2026-07-01', progress: 85 },
      ctx,
    );
    expect(signals.map((s) => s.kind)).toEqual(['overdue', 'status_check']);
    expect(signals[1]).toEqual({
      kind: 'status_check',
      message:
        'Météo « En bonne voie » à vérifier\u00a0: l’échéance est dépassée\u00a0; 2 jalons dont la date est passée ne sont pas atteints.',
    });
  });

  it('does not ask to check a milestone due on the as-of date, nor another status than on_track', () => {
    expect(
      kinds({ milestones: [{ plannedDate: '2026-07-02', done: false }] }),
    ).toEqual([]);
    expect(
      kinds({
        status: 'at_risk',
        milestones: [{ plannedDate: '2026-06-01', done: false }],
      }),
    ).toEqual([]);
  });

  it.each(['done', 'abandoned'] as const)(
    'gives no signal to a %s action, however late',
    (status) => {
      expect(
        kinds({
          status,
          dueDate: '2026-01-31',
          progress: 0,
          lastUpdateAt: null,
        }),
      ).toEqual([]);
    },
  );

  it('judges at the as-of date', () => {
    const action = { dueDate: '2026-06-30', progress: 95 };
    expect(kinds(action, { asOf: '2026-06-30', cycleOpenedOn: null })).toEqual(
      [],
    );
    expect(kinds(action, { asOf: '2026-07-01', cycleOpenedOn: null })).toEqual([
      'overdue',
      'status_check',
    ]);
  });
});

describe('pastDueMilestones', () => {
  it('keeps the undone milestones planned strictly before the date, earliest first', () => {
    const milestones = [
      { plannedDate: '2026-06-01', done: false },
      { plannedDate: '2026-02-01', done: false },
      { plannedDate: '2026-01-01', done: true },
      { plannedDate: '2026-07-02', done: false },
    ];
    expect(
      pastDueMilestones(milestones, '2026-07-02').map((m) => m.plannedDate),
    ).toEqual(['2026-02-01', '2026-06-01']);
  });
});
