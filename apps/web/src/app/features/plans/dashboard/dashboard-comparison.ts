import type {
  CyclePayload,
  IsoDate,
  PlanProgressHistory,
} from '@boussole/domain';
import type { LoadState } from '../../../core/http/load-state';
import { defaultSince } from '../default-since';
import { validatedCycleOffer } from '../components/validated-cycle';

/** What the dashboard compares today with: what a cycle froze, or a day. */
export type DashboardComparison =
  | { kind: 'cycle'; cycleId: number }
  | { kind: 'date'; since: IsoDate };

/**
 * The comparison of the first screen and of "Ce qui a changé" (one for both, so one request):
 * the one in the URL; else the previous review, the latest cycle with a validated axis (its
 * frozen state); else, no cycle validated yet, the opening of the latest closed cycle (or 30
 * days back). Null while what decides it is still loading.
 */
export function chooseComparison(
  url: { since: IsoDate | null; sinceCycle: number | null },
  history: LoadState<PlanProgressHistory>,
  /** undefined while loading, null when they could not be read. */
  cycles: readonly CyclePayload[] | null | undefined,
  today: IsoDate,
): DashboardComparison | null {
  if (url.sinceCycle !== null)
    return { kind: 'cycle', cycleId: url.sinceCycle };
  if (url.since !== null) return { kind: 'date', since: url.since };
  if (history.status === 'loading') return null;
  const latest = validatedCycleOffer(
    history.status === 'ready' ? history.value : null,
    null,
    null,
  );
  if (latest) return { kind: 'cycle', cycleId: latest.id };
  if (cycles === undefined) return null;
  return { kind: 'date', since: defaultSince(cycles, today) };
}

export function sameComparison(
  a: DashboardComparison | null,
  b: DashboardComparison | null,
): boolean {
  if (a === null || b === null) return a === b;
  return a.kind === 'cycle'
    ? b.kind === 'cycle' && a.cycleId === b.cycleId
    : b.kind === 'date' && a.since === b.since;
}
