import type { IsoDate, IsoDateTime } from '../api/payloads';
import { round1, weightedMean } from '../math/math';
import { actionSignals, type MilestoneFact } from '../signals/action-signals';
import {
  countSignals,
  type Signal,
  type SignalKind,
} from '../signals/signal-kind';
import { STATUSES, type Status } from '../status/status';
import { elapsedShare } from './expected-progress';
import {
  healthDecision,
  nodeScheduleGap,
  type Health,
  type HealthReason,
} from './health';
import { effectiveStatus } from './overdue';

/** One action under a node, as of the roll-up's date (its latest update at or before it). */
export interface RollupAction {
  id: number;
  weight: number;
  status: Status;
  progress: number;
  dueDate: IsoDate | null;
  startDate: IsoDate | null;
  lastUpdateAt: IsoDateTime | null;
  /** Optional: when given, a missed milestone counts in the `status_check` signals. */
  milestones?: readonly MilestoneFact[];
}

export interface RollupOptions {
  asOf: IsoDate;
  /** The opening day of the reporting cycle open at `asOf`; `null` when none is. */
  cycleOpenedOn: IsoDate | null;
}

export interface RollupExplain {
  counted: { actionId: number; weight: number; progress: number }[];
  excluded: { actionId: number; reason: string }[];
}

export interface RollupFigures {
  progress: number | null;
  expectedProgress: number | null;
  health: Health | null;
  /** Which rule decided the health, with the figures it read; `null` with the health. */
  healthReason: HealthReason | null;
  counts: Record<Status, { count: number; weight: number }>;
  /** Action-level signals only; regional and indicator signals are added by whoever knows them. */
  signals: Record<SignalKind, number>;
  explain: RollupExplain;
}

export const EXCLUSION_REASONS = {
  abandoned: 'Action abandonnée',
  noWeight: 'Poids nul : l’action ne pèse pas dans la moyenne',
} as const;

/**
 * The figures of one node (objective, axis, plan) from the actions below it, DESIGN §3, with what
 * explains them ("Comment est-ce calculé ?"):
 * - progress: weighted mean of the counted actions' progress, one decimal, `null` if none counts;
 *   a done action counts 100 whatever its stored progress ("done means 100", DESIGN §2);
 * - counted: non-abandoned actions of positive weight; the others are excluded with a reason;
 * - counts: every action by *effective* status (an overdue action counts as late);
 * - expected progress: weighted mean of the counted actions that have both dates;
 * - health and its reason: see `healthDecision`, on the counted actions' effective statuses and
 *   the node's (rounded) progress minus its (rounded) expected progress.
 */
export function rollupNode(
  actions: readonly RollupAction[],
  options: RollupOptions,
): RollupFigures {
  const counts = Object.fromEntries(
    STATUSES.map((s) => [s, { count: 0, weight: 0 }]),
  ) as RollupFigures['counts'];
  const explain: RollupExplain = { counted: [], excluded: [] };
  const counted: {
    status: Status;
    weight: number;
    progress: number;
    expected: number | null;
  }[] = [];
  const signals: Signal[] = [];

  for (const action of actions) {
    const status = effectiveStatus(action, options.asOf);
    counts[status].count += 1;
    counts[status].weight += action.weight;
    signals.push(...actionSignals(action, options));

    if (action.status === 'abandoned') {
      explain.excluded.push({
        actionId: action.id,
        reason: EXCLUSION_REASONS.abandoned,
      });
    } else if (!(action.weight > 0)) {
      explain.excluded.push({
        actionId: action.id,
        reason: EXCLUSION_REASONS.noWeight,
      });
    } else {
      const progress = action.status === 'done' ? 100 : action.progress;
      // Unrounded per action, rounded once for the node, as the SQL does.
      const expected = elapsedShare(
        action.startDate,
        action.dueDate,
        options.asOf,
      );
      counted.push({ status, weight: action.weight, progress, expected });
      explain.counted.push({
        actionId: action.id,
        weight: action.weight,
        progress,
      });
    }
  }

  const progress = weightedMean(
    counted.map((a) => ({ value: a.progress, weight: a.weight })),
  );
  const expected = weightedMean(
    counted.flatMap((a) =>
      a.expected === null ? [] : [{ value: a.expected, weight: a.weight }],
    ),
  );
  const nodeProgress = progress === null ? null : round1(progress);
  const nodeExpected = expected === null ? null : round1(expected);
  const decision = healthDecision(
    counted,
    nodeScheduleGap(nodeProgress, nodeExpected),
  );
  return {
    progress: nodeProgress,
    expectedProgress: nodeExpected,
    health: decision?.health ?? null,
    healthReason: decision?.reason ?? null,
    counts,
    signals: countSignals(signals),
    explain,
  };
}
