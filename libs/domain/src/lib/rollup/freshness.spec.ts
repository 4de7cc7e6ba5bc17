import type { Status } from '../status/status';
import { needsUpdate } from './freshness';

describe('needsUpdate', () => {
  const opened = '2026-04-01';

  it.each<[string, Status, string | null, string | null, boolean]>([
    ['never updated, cycle open', 'on_track', null, opened, true],
    [
      'updated before the cycle opened',
      'on_track',
      '2026-03-31T23:59:59Z',
      opened,
      true,
    ],
    [
      'updated at the opening instant',
      'on_track',
      '2026-04-01T00:00:00Z',
      opened,
      false,
    ],
    [
      'updated during the cycle',
      'at_risk',
      '2026-04-10T09:00:00Z',
      opened,
      false,
    ],
    ['not started and never updated', 'not_started', null, opened, true],
    ['done: nothing expected', 'done', '2025-01-01T00:00:00Z', opened, false],
    ['abandoned: nothing expected', 'abandoned', null, opened, false],
    ['no open cycle', 'late', null, null, false],
  ])('%s → %p', (_case, status, lastUpdateAt, cycleOpenedOn, expected) => {
    expect(needsUpdate({ status, lastUpdateAt }, cycleOpenedOn)).toBe(expected);
  });

  it('compares instants, not Paris wall-clock days', () => {
    // 00:30 in Paris on 1 April is still 31 March in UTC: before the cycle opened.
    expect(
      needsUpdate(
        { status: 'on_track', lastUpdateAt: '2026-04-01T00:30:00+02:00' },
        opened,
      ),
    ).toBe(true);
  });

  it('throws on an unreadable update time', () => {
    expect(() =>
      needsUpdate({ status: 'on_track', lastUpdateAt: 'hier' }, opened),
    ).toThrow(expect.objectContaining({ code: 'invalid_date' }));
  });
});
