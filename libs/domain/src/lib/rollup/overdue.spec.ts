import type { Status } from '../status/status';
import { effectiveStatus, isOverdue } from './overdue';

describe('isOverdue and effectiveStatus', () => {
  const asOf = '2026-04-15';

  it.each<[Status, string | null, boolean, Status]>([
    ['on_track', '2026-04-14', true, 'late'],
    ['not_started', '2026-01-01', true, 'late'],
    ['at_risk', '2026-04-14', true, 'late'],
    ['late', '2026-04-14', true, 'late'],
    ['done', '2026-04-14', false, 'done'],
    ['abandoned', '2026-04-14', false, 'abandoned'],
    // The due date itself is still in time.
    ['on_track', '2026-04-15', false, 'on_track'],
    ['on_track', '2026-12-31', false, 'on_track'],
    ['at_risk', '2026-12-31', false, 'at_risk'],
    // No due date: never overdue.
    ['on_track', null, false, 'on_track'],
  ])('%s due %s → overdue %p, shown %s', (status, dueDate, overdue, shown) => {
    expect(isOverdue({ status, dueDate }, asOf)).toBe(overdue);
    expect(effectiveStatus({ status, dueDate }, asOf)).toBe(shown);
  });

  it('depends on the as-of date', () => {
    const action = { status: 'on_track' as const, dueDate: '2026-03-31' };
    expect(isOverdue(action, '2026-03-31')).toBe(false);
    expect(isOverdue(action, '2026-04-01')).toBe(true);
  });
});
