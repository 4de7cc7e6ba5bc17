import {
  formatDateFr,
  type PlanChanges,
  type PlanProgressHistory,
} from '@boussole/domain';
import { changeCountsByAxis } from './change-trend';

/** What changed in one axis since the compared state, as its tile says it. */
export interface AxisChange {
  /** « Depuis T3 2026 » (a cycle), « Depuis le 17/08/2026 ». */
  since: string;
  /** The axis's progress in the cycle's frozen state; null when compared with a day. */
  before: number | null;
  /** « 2 actions dégradées, 1 améliorée », « Aucun changement ». */
  counts: string;
}

/** The heading's words: « depuis la campagne T3 2026 », « depuis le 17/08/2026 ». */
export function sinceWords(changes: PlanChanges): string {
  return changes.sinceCycle
    ? `depuis la campagne ${changes.sinceCycle.label}`
    : `depuis le ${formatDateFr(changes.since)}`;
}

/**
 * Each axis's change: the progress its cycle's validation froze (when compared with a cycle and
 * the axis was frozen in it) and how many of its actions got worse or better.
 */
export function axisChanges(
  changes: PlanChanges,
  history: PlanProgressHistory | null,
  axisIds: readonly number[],
): Map<number, AxisChange> {
  const label = changes.sinceCycle
    ? `Depuis ${changes.sinceCycle.label}`
    : `Depuis le ${formatDateFr(changes.since)}`;
  const cycle = changes.sinceCycle
    ? history?.cycles.find((c) => c.cycleId === changes.sinceCycle?.id)
    : undefined;
  const counts = changeCountsByAxis(changes.changes);
  return new Map(
    axisIds.map((axisId) => {
      const frozen = cycle?.axes.find((axis) => axis.axisId === axisId);
      // A closed cycle froze every axis; an open one only those validated so far.
      const compared =
        frozen && (frozen.validated || cycle?.planProgress !== null);
      const { worse, better } = counts.get(axisId) ?? { worse: 0, better: 0 };
      return [
        axisId,
        {
          since: label,
          before: compared ? (frozen.progress ?? null) : null,
          counts: countsText(worse, better),
        },
      ];
    }),
  );
}

/** « 2 actions dégradées, 1 améliorée », « 1 action améliorée ». */
function countsText(worse: number, better: number): string {
  const s = (n: number) => (n > 1 ? 's' : '');
  if (worse === 0 && better === 0) return 'Aucune action dégradée ni améliorée';
  if (worse === 0) return `${better} action${s(better)} améliorée${s(better)}`;
  const first = `${worse} action${s(worse)} dégradée${s(worse)}`;
  return better === 0 ? first : `${first}, ${better} améliorée${s(better)}`;
}
