import { addDays, type CyclePayload, type IsoDate } from '@boussole/domain';

/** Days looked back when no previous reporting cycle is known. */
export const DEFAULT_LOOKBACK_DAYS = 30;

/**
 * Where "Ce qui a changé" starts by default: the opening of the latest closed reporting cycle
 * (the previous review), else 30 days before today.
 */
export function defaultSince(
  cycles: readonly CyclePayload[] | null,
  today: IsoDate,
): IsoDate {
  const closed = (cycles ?? [])
    .filter((cycle) => cycle.state === 'closed' && cycle.opensOn <= today)
    .sort((a, b) => a.opensOn.localeCompare(b.opensOn));
  return closed.at(-1)?.opensOn ?? addDays(today, -DEFAULT_LOOKBACK_DAYS);
}
