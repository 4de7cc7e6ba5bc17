import { isWorseStatus, statusChangeErrors, STATUS_CHANGE_MESSAGES } from './status-change';

describe('statusChangeErrors', () => {
  it.each([
    ['done below 100', { previous: 'on_track', status: 'done', progress: 90, narrative: 'fini' }, { progress: STATUS_CHANGE_MESSAGES.doneMeans100.action }],
    ['done at 100', { previous: 'on_track', status: 'done', progress: 100, narrative: '' }, {}],
    ['worse without narrative', { previous: 'on_track', status: 'late', progress: 40, narrative: '  ' }, { narrative: STATUS_CHANGE_MESSAGES.narrativeRequired }],
    ['worse with narrative', { previous: 'on_track', status: 'late', progress: 40, narrative: 'retard fournisseur' }, {}],
    ['better without narrative', { previous: 'late', status: 'on_track', progress: 40, narrative: null }, {}],
    ['abandoned is an ending, not a worsening', { previous: 'late', status: 'abandoned', progress: 10, narrative: undefined }, {}],
    ['both faults at once', { previous: 'not_started', status: 'at_risk', progress: 0, narrative: '' }, { narrative: STATUS_CHANGE_MESSAGES.narrativeRequired }],
  ] as const)('%s', (_, change, expected) => {
    expect(statusChangeErrors(change, 'action')).toEqual(expected);
  });

  it('speaks of a deployment when it is one', () => {
    expect(statusChangeErrors({ previous: 'on_track', status: 'done', progress: 50, narrative: 'x' }, 'deployment')).toEqual({
      progress: 'Un déploiement terminé est avancé à 100\u00a0%.',
    });
  });

  it('tells a worsening', () => {
    expect(isWorseStatus('at_risk', 'on_track')).toBe(true);
    expect(isWorseStatus('on_track', 'at_risk')).toBe(false);
    expect(isWorseStatus(null, 'on_track')).toBe(false);
  });
});
