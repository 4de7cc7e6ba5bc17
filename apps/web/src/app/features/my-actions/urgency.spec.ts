import type { ActionListItem } from '@boussole/domain';
import { anAction } from '../action/testing/action-fixtures';
import { myWork, scheduleText } from './urgency';

const item = (changes: Partial<ActionListItem>): ActionListItem => ({
  ...anAction(),
  ...changes,
});

describe('what is due first in « Mes actions »', () => {
  it('puts overdue actions first, then late ones, then the furthest behind schedule; closed ones apart', () => {
    const work = myWork([
      item({
        id: 1,
        code: '1.1.1',
        scheduleGap: -30,
        signals: ['schedule_gap'],
      }),
      item({ id: 2, code: '1.1.2', scheduleGap: null, signals: [] }),
      item({
        id: 3,
        code: '1.1.3',
        effectiveStatus: 'late',
        scheduleGap: -2,
        signals: [],
      }),
      item({
        id: 4,
        code: '1.1.4',
        effectiveStatus: 'late',
        scheduleGap: 5,
        signals: ['overdue'],
      }),
      item({ id: 5, code: '1.1.5', scheduleGap: -12, signals: [] }),
      item({
        id: 6,
        code: '1.1.10',
        status: 'done',
        effectiveStatus: 'done',
        signals: [],
      }),
      item({
        id: 7,
        code: '1.1.9',
        status: 'abandoned',
        effectiveStatus: 'abandoned',
        signals: [],
      }),
    ]);
    expect(work.due.map((a) => a.id)).toEqual([4, 3, 1, 5, 2]);
    expect(work.closed.map((a) => a.id)).toEqual([7, 6]);
  });

  it('says how far behind its schedule a due action is, and nothing otherwise', () => {
    expect(scheduleText(item({ scheduleGap: -23 }))).toBe(
      '\u221223\u00a0points par rapport au calendrier',
    );
    expect(scheduleText(item({ scheduleGap: 4 }))).toBeNull();
    expect(scheduleText(item({ scheduleGap: null }))).toBeNull();
    expect(
      scheduleText(
        item({ status: 'done', effectiveStatus: 'done', scheduleGap: -5 }),
      ),
    ).toBeNull();
  });
});
