import {
  isClosed,
  type ActionListItem,
} from '@boussole/domain';
import { pointsText } from '../../core/i18n/page-format';

/** A project manager's actions as "Mes actions" splits them. */
export interface MyWork {
  /** Still due, the most urgent first. */
  due: ActionListItem[];
  /** Done or abandoned: nothing more is asked of them. */
  closed: ActionListItem[];
}

/**
 * Urgency: overdue first (the due date has passed), then late (the météo shown), then the
 * furthest behind its schedule (the most negative gap; none last), then by due date and code.
 */
export function byUrgency(a: ActionListItem, b: ActionListItem): number {
  return (
    rank(a) - rank(b) ||
    (a.scheduleGap ?? Infinity) - (b.scheduleGap ?? Infinity) ||
    (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
    a.code.localeCompare(b.code, 'en', { numeric: true })
  );
}

function rank(action: ActionListItem): number {
  if (action.signals.includes('overdue')) return 0;
  if (action.effectiveStatus === 'late') return 1;
  return 2;
}

export function myWork(actions: readonly ActionListItem[]): MyWork {
  const due: ActionListItem[] = [];
  const closed: ActionListItem[] = [];
  for (const action of actions) {
    (isClosed(action.status) ? closed : due).push(action);
  }
  return {
    due: due.sort(byUrgency),
    closed: closed.sort((a, b) =>
      a.code.localeCompare(b.code, 'en', { numeric: true }),
    ),
  };
}

/** How far behind its schedule a still-due action is, for its card; null when it is not. */
export function scheduleText(action: ActionListItem): string | null {
  if (isClosed(action.status) || action.scheduleGap === null) return null;
  return action.scheduleGap < 0
    ? $localize`${pointsText(action.scheduleGap)}:POINTS: par rapport au calendrier`
    : null;
}
