import { HEALTH_LABELS } from '../rollup/health';
import { STATUS_LABELS } from '../status/status';
import {
  countSignals,
  emptySignalCounts,
  isSignalKind,
  SIGNAL_KINDS,
  SIGNAL_LABELS,
} from './signal-kind';

describe('signal kinds', () => {
  it('has the seven kinds of DESIGN §5, each with a French label', () => {
    expect(SIGNAL_KINDS).toEqual([
      'overdue',
      'stale',
      'schedule_gap',
      'status_check',
      'regional_laggard',
      'indicator_stale',
      'indicator_off_track',
    ]);
    expect(SIGNAL_LABELS.status_check).toBe('Météo à vérifier');
    expect(SIGNAL_LABELS.stale).toBe('À mettre à jour');
    for (const kind of SIGNAL_KINDS)
      expect(SIGNAL_LABELS[kind]).toMatch(/^\S.+\S$/);
  });

  it('names no signal like a météo or a health, so that the words mean one thing', () => {
    const meteos = [
      ...Object.values(STATUS_LABELS),
      ...Object.values(HEALTH_LABELS),
    ].map((label) => label.toLowerCase());
    for (const kind of SIGNAL_KINDS)
      expect(meteos).not.toContain(SIGNAL_LABELS[kind].toLowerCase());
    expect(SIGNAL_LABELS.overdue).toBe('Échéance dépassée');
    expect(SIGNAL_LABELS.regional_laggard).toBe(
      'En retard sur les autres régions',
    );
  });

  it('recognises a kind', () => {
    expect(isSignalKind('overdue')).toBe(true);
    expect(isSignalKind('late')).toBe(false);
    expect(isSignalKind(undefined)).toBe(false);
  });

  it('counts by kind, with every kind present', () => {
    expect(emptySignalCounts()).toEqual({
      overdue: 0,
      stale: 0,
      schedule_gap: 0,
      status_check: 0,
      regional_laggard: 0,
      indicator_stale: 0,
      indicator_off_track: 0,
    });
    expect(
      countSignals([
        { kind: 'overdue' },
        { kind: 'stale' },
        { kind: 'overdue' },
      ]),
    ).toMatchObject({
      overdue: 2,
      stale: 1,
      schedule_gap: 0,
    });
  });
});
