import type { ActionChange, Status } from '@boussole/domain';
import {
  changeCountsByAxis,
  isWorse,
  pointsText,
  pointsWords,
  progressDelta,
  statusTone,
  worsenedFirst,
} from './change-trend';

function change(
  code: string,
  before: [Status, number] | null,
  after: [Status, number],
  axisId = 11,
): ActionChange {
  return {
    actionId: Number(code.replace(/\./g, '')),
    code,
    title: `Action ${code}`,
    axisId,
    objectiveId: 21,
    before: before && { status: before[0], progress: before[1] },
    after: { status: after[0], progress: after[1] },
    changedAt: null,
    author: null,
  };
}

describe('the direction of a change', () => {
  it.each<[Status | null, Status, 'better' | 'worse' | null]>([
    ['on_track', 'at_risk', 'worse'],
    ['on_track', 'late', 'worse'],
    ['at_risk', 'late', 'worse'],
    ['done', 'on_track', 'worse'],
    ['not_started', 'at_risk', 'worse'],
    ['late', 'at_risk', 'better'],
    ['at_risk', 'on_track', 'better'],
    ['not_started', 'on_track', 'better'],
    ['on_track', 'done', 'better'],
    ['on_track', 'on_track', null],
    ['on_track', 'abandoned', null],
    ['abandoned', 'late', null],
    [null, 'late', null],
  ])('%s → %s is %s', (before, after, tone) => {
    expect(statusTone(before, after)).toBe(tone);
  });

  it('reads the météo first, then the progress', () => {
    // A worse météo with more progress is worse; a better météo with less progress is better.
    expect(isWorse(change('1.1.1', ['on_track', 20], ['late', 35]))).toBe(true);
    expect(isWorse(change('1.1.2', ['late', 50], ['on_track', 40]))).toBe(
      false,
    );
    // Same météo: the progress decides.
    expect(isWorse(change('1.1.3', ['on_track', 40], ['on_track', 30]))).toBe(
      true,
    );
    expect(isWorse(change('1.1.4', ['on_track', 30], ['on_track', 40]))).toBe(
      false,
    );
    // A new action got neither better nor worse.
    expect(isWorse(change('1.1.5', null, ['late', 0]))).toBe(false);
    expect(progressDelta(change('1.1.5', null, ['late', 0]))).toBeNull();
    expect(progressDelta(change('1.1.6', ['late', 10.2], ['late', 40.3]))).toBe(
      30.1,
    );
  });

  it('lists the worsened actions, the steepest fall of météo first, then the largest loss', () => {
    const list = worsenedFirst([
      change('1.1.1', ['on_track', 40], ['on_track', 38]),
      change('1.1.2', ['on_track', 40], ['at_risk', 45]),
      change('1.1.10', ['on_track', 40], ['late', 45]),
      change('1.1.3', ['on_track', 40], ['on_track', 20]),
      change('1.1.4', ['at_risk', 40], ['on_track', 45]),
      change('1.1.5', ['on_track', 40], ['at_risk', 30]),
    ]);
    expect(list.map((c) => c.code)).toEqual([
      '1.1.10',
      '1.1.5',
      '1.1.2',
      '1.1.3',
      '1.1.1',
    ]);
  });

  it('counts each axis’s actions that got worse and better', () => {
    const counts = changeCountsByAxis([
      change('1.1.1', ['on_track', 40], ['late', 40], 11),
      change('1.1.2', ['on_track', 40], ['on_track', 50], 11),
      change('1.1.3', ['on_track', 40], ['on_track', 30], 11),
      change('2.1.1', null, ['not_started', 0], 12),
    ]);
    expect(counts.get(11)).toEqual({ worse: 2, better: 1 });
    expect(counts.get(12)).toEqual({ worse: 0, better: 0 });
  });

  it('writes the size without a sign, the arrow says the direction', () => {
    expect(pointsText(15)).toBe('15\u00a0pts');
    expect(pointsText(-1.5)).toBe('1,5\u00a0pt');
    expect(pointsWords(-15)).toBe('15\u00a0points');
    expect(pointsWords(1)).toBe('1\u00a0point');
  });
});
