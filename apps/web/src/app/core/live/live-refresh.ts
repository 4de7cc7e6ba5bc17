import { inject, type Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { auditTime, filter, map } from 'rxjs';
import type { LiveEvent } from './live-event';
import { LiveEventsService } from './live-events.service';

/** A burst of events (one save writes several) within this time is one refetch. */
export const LIVE_COALESCE_MS = 200;

/**
 * A count, 0 at first, bumped when a change the page shows arrives through `/api/events` (at most
 * once per 200 ms), and after any gap in the stream. Give it to `loadFrom` as its `refresh`, or add
 * it to a page's own reload counter. In an injection context, like `toSignal`.
 */
export function liveRefresh(
  relevant: (event: LiveEvent) => boolean,
): Signal<number> {
  let count = 0;
  return toSignal(
    inject(LiveEventsService).changes.pipe(
      filter(
        (change) => change.type === 'refetch' || relevant(change as LiveEvent),
      ),
      auditTime(LIVE_COALESCE_MS),
      map(() => ++count),
    ),
    { initialValue: 0 },
  );
}

/** An event about the plan `planId()` (none while it is not known). */
export function aboutPlan(
  planId: () => number | string | null | undefined,
): (event: LiveEvent) => boolean {
  return (event) => {
    const id = planId();
    return id !== null && id !== undefined && event.planId === Number(id);
  };
}
