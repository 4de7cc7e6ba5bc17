import {
  round1,
  type ActionChange,
  type Status,
} from '@boussole/domain';
import { numberText } from '../../../core/i18n/page-format';
import { pageLanguage } from '../../../core/i18n/page-language';

/** Which way a figure moved, as the arrows draw it. */
export type Direction = 'up' | 'down' | 'same';
/** Whether the move is good news, bad news, or neither (an abandoned action). */
export type Tone = 'better' | 'worse' | null;

/**
 * How bad a météo is, for telling a change's direction: a finished action is the best news, a
 * late one the worst; an action not started yet sits between on track and at risk. Abandoned is
 * off the scale: leaving or entering it is a change of scope, neither better nor worse.
 */
const SEVERITY: Readonly<Record<Status, number | null>> = {
  done: 0,
  on_track: 1,
  not_started: 2,
  at_risk: 3,
  late: 4,
  abandoned: null,
};

/** The météo's move: ▼ when it got worse (towards late), ▲ when better, null off the scale. */
export function statusTone(before: Status | null, after: Status): Tone {
  if (before === null) return null;
  const from = SEVERITY[before];
  const to = SEVERITY[after];
  if (from === null || to === null || from === to) return null;
  return to > from ? 'worse' : 'better';
}

/** Points gained (positive) or lost since `before`; null for an action that did not exist. */
export function progressDelta(change: ActionChange): number | null {
  return change.before === null
    ? null
    : round1(change.after.progress - change.before.progress);
}

/** Whether the action got worse: a worse météo, or the same météo with less progress. */
export function isWorse(change: ActionChange): boolean {
  const tone = statusTone(change.before?.status ?? null, change.after.status);
  if (tone !== null) return tone === 'worse';
  return (progressDelta(change) ?? 0) < 0;
}

export function isBetter(change: ActionChange): boolean {
  const tone = statusTone(change.before?.status ?? null, change.after.status);
  if (tone !== null) return tone === 'better';
  return (progressDelta(change) ?? 0) > 0;
}

/** The actions that got worse, the steepest fall of météo first, then the largest loss of progress. */
export function worsenedFirst(
  changes: readonly ActionChange[],
): ActionChange[] {
  const steps = (change: ActionChange) =>
    (SEVERITY[change.after.status] ?? 0) -
    (SEVERITY[change.before?.status ?? change.after.status] ?? 0);
  return changes
    .filter(isWorse)
    .sort(
      (a, b) =>
        steps(b) - steps(a) ||
        (progressDelta(a) ?? 0) - (progressDelta(b) ?? 0) ||
        a.code.localeCompare(b.code, 'fr', { numeric: true }),
    );
}

/** An axis's share of the changes: how many of its actions got worse, and better. */
export interface AxisChangeCounts {
  worse: number;
  better: number;
}

export function changeCountsByAxis(
  changes: readonly ActionChange[],
): Map<number, AxisChangeCounts> {
  const counts = new Map<number, AxisChangeCounts>();
  for (const change of changes) {
    const axis = counts.get(change.axisId) ?? { worse: 0, better: 0 };
    if (isWorse(change)) axis.worse++;
    else if (isBetter(change)) axis.better++;
    counts.set(change.axisId, axis);
  }
  return counts;
}

/** A difference in points as the arrows show it: `15 pts`, `1,5 pt` (no sign: the arrow says it). */
export function pointsText(points: number): string {
  const size = Math.abs(points);
  return `${numberText(size, 1)}\u00a0${singular(size) ? 'pt' : 'pts'}`;
}

/** The same difference in words, for screen readers: `15 points`, `1,5 point`. */
export function pointsWords(points: number): string {
  const size = Math.abs(points);
  return `${numberText(size, 1)}\u00a0${singular(size) ? 'point' : 'points'}`;
}

/** French takes the singular below 2 (`1,5 point`), English only at 1 (`1.5 points`). */
function singular(size: number): boolean {
  return pageLanguage() === 'fr' ? size < 2 : size === 1;
}

export function directionOf(delta: number): Direction {
  return delta > 0 ? 'up' : delta < 0 ? 'down' : 'same';
}
