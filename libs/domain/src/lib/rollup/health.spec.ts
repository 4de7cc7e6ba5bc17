import type { Status } from '../status/status';
import { HEALTH_LABELS, HEALTHS, isHealth, nodeHealth } from './health';

const actions = (...items: [Status, number][]) =>
  items.map(([status, weight]) => ({ status, weight }));

describe('nodeHealth', () => {
  it.each([
    ['no action', actions(), null],
    ['all done', actions(['done', 1], ['done', 3]), 'done'],
    [
      'late exactly 25 % of the weight',
      actions(['late', 1], ['on_track', 3]),
      'late',
    ],
    [
      'late just under 25 %',
      actions(['late', 1], ['on_track', 3.1]),
      'on_track',
    ],
    [
      'late weighs more than its count',
      actions(
        ['late', 2],
        ['on_track', 1],
        ['on_track', 1],
        ['on_track', 1],
        ['on_track', 1],
      ),
      'late',
    ],
    [
      'late + at risk reach 25 %',
      actions(['late', 1], ['at_risk', 1], ['on_track', 6]),
      'at_risk',
    ],
    ['at risk alone at 25 %', actions(['at_risk', 1], ['done', 3]), 'at_risk'],
    [
      'late + at risk under 25 %',
      actions(['late', 1], ['at_risk', 1], ['on_track', 7]),
      'on_track',
    ],
    [
      'none started',
      actions(['not_started', 1], ['not_started', 2]),
      'not_started',
    ],
    [
      'one started among not started',
      actions(['not_started', 1], ['on_track', 1]),
      'on_track',
    ],
    [
      'done and not started: something has started',
      actions(['not_started', 1], ['done', 1]),
      'on_track',
    ],
    ['all late', actions(['late', 1]), 'late'],
  ] as const)('%s → %p', (_case, items, expected) => {
    expect(nodeHealth(items)).toBe(expected);
  });
});

describe('health vocabulary', () => {
  it('labels every health in French', () => {
    expect(HEALTHS.map((h) => HEALTH_LABELS[h])).toEqual([
      'En bonne voie',
      'À surveiller',
      'En retard',
      'Terminé',
      'Non démarré',
    ]);
    expect(isHealth('late')).toBe(true);
    expect(isHealth('abandoned')).toBe(false);
  });
});
