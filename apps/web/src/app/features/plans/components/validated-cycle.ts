import type { PlanChanges, PlanProgressHistory } from '@boussole/domain';

/** The cycle "Ce qui a changé" offers to compare with, and what of it was validated. */
export interface ValidatedCycleOffer {
  id: number;
  label: string;
  /** When some axes of the cycle were not validated: the hint saying which ones are compared. */
  partial: string | null;
}

/**
 * The cycle the list may compare with: the one chosen (in the URL), named from the history or,
 * failing that, from the answer; else the latest cycle with a validated axis (an open cycle
 * counts as soon as one of its axes is validated).
 */
export function validatedCycleOffer(
  history: PlanProgressHistory | null,
  chosen: number | null,
  answered: PlanChanges['sinceCycle'] | null,
  /** The plan's axes today: an open cycle's history may list only the axes it froze. */
  axisCount = 0,
): ValidatedCycleOffer | null {
  const validated = (history?.cycles ?? []).filter((cycle) =>
    cycle.axes.some((axis) => axis.validated),
  );
  const cycle =
    chosen === null
      ? validated.at(-1)
      : history?.cycles.find((candidate) => candidate.cycleId === chosen);
  if (!cycle) {
    return chosen !== null && answered?.id === chosen
      ? { id: chosen, label: answered.label, partial: null }
      : null;
  }
  const numbers = cycle.axes
    .filter((axis) => axis.validated)
    .map((axis) => axis.number)
    .sort((a, b) => a - b);
  const partial =
    numbers.length > 0 &&
    numbers.length < Math.max(cycle.axes.length, axisCount)
      ? numbers.length === 1
        ? $localize`Seul l’axe ${numbers[0]}:NUMBER: a été validé pour cette campagne\u00a0: les autres axes ne sont pas comparés.`
        : $localize`Seuls les axes ${listText(numbers)}:NUMBERS: ont été validés pour cette campagne\u00a0: les autres axes ne sont pas comparés.`
      : null;
  return { id: cycle.cycleId, label: cycle.label, partial };
}

/** `[1, 2, 3]` → `1, 2 et 3` (`1, 2 and 3`). */
function listText(numbers: readonly number[]): string {
  if (numbers.length < 2) return numbers.join('');
  const head = numbers.slice(0, -1).join(', ');
  const last = numbers.at(-1);
  return $localize`${head}:HEAD: et ${last}:LAST:`;
}
