import type { IsoDate } from '../api/payloads';
import { daysBetween } from '../dates/dates';
import { clamp, round1 } from '../math/math';

/**
 * The elapsed share of an action's duration at `asOf`, 0..100, one decimal (DESIGN §3): 0 on the
 * start date, 100 on the due date and after. `null` when a date is missing: no date, no schedule.
 */
export function expectedProgress(
  startDate: IsoDate | null | undefined,
  dueDate: IsoDate | null | undefined,
  asOf: IsoDate,
): number | null {
  const share = elapsedShare(startDate, dueDate, asOf);
  return share === null ? null : round1(share);
}

/** The same share, unrounded: what roll-ups average before rounding once. */
export function elapsedShare(
  startDate: IsoDate | null | undefined,
  dueDate: IsoDate | null | undefined,
  asOf: IsoDate,
): number | null {
  if (!startDate || !dueDate) return null;
  const duration = daysBetween(startDate, dueDate);
  const elapsed = daysBetween(startDate, asOf);
  // A due date on (or, by a data error, before) the start date: all or nothing at that date.
  if (duration <= 0) return elapsed >= duration ? 100 : 0;
  return clamp((elapsed / duration) * 100, 0, 100);
}

/** Progress − expected progress, in points, one decimal; `null` when nothing is expected. */
export function scheduleGap(
  progress: number,
  expected: number | null,
): number | null {
  return expected === null ? null : round1(progress - expected);
}
