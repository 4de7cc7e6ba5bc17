import { round1 } from '../math/math';
import type { Status } from '../status/status';

/** The health of a node (objective, axis, plan, region), DESIGN §3. */
export const HEALTHS = [
  'on_track',
  'at_risk',
  'late',
  'done',
  'not_started',
] as const;

export type Health = (typeof HEALTHS)[number];

/** Masculine, as the nodes are (un axe, un objectif, un plan). */
export const HEALTH_LABELS: Readonly<Record<Health, string>> = {
  on_track: 'En bonne voie',
  at_risk: 'À surveiller',
  late: 'En retard',
  done: 'Terminé',
  not_started: 'Non démarré',
};

/**
 * Share of the node's weight from which late (then late + at-risk) actions set its health. The SQL
 * roll-up (apps/api/src/rollups/rollup.sql.ts) states the same figure.
 */
export const HEALTH_THRESHOLD = 0.25;

/**
 * Points behind the expected progress beyond which (strictly) a node is late, then at risk. The
 * SQL roll-up states the same figures.
 */
export const HEALTH_LATE_GAP = 20;
export const HEALTH_AT_RISK_GAP = 10;

/** Which of DESIGN §3's rules decided a node's health, in the order they are tried. */
export const HEALTH_RULES = [
  'all_done',
  'late_weight',
  'behind_20',
  'at_risk_weight',
  'behind_10',
  'none_started',
  'on_track',
] as const;

export type HealthRule = (typeof HEALTH_RULES)[number];

export const HEALTH_OF_RULE: Readonly<Record<HealthRule, Health>> = {
  all_done: 'done',
  late_weight: 'late',
  behind_20: 'late',
  at_risk_weight: 'at_risk',
  behind_10: 'at_risk',
  none_started: 'not_started',
  on_track: 'on_track',
};

/**
 * What decided a node's health, with the figures the rules read (a code and three numbers, so
 * that the roll-up answer stays small): the rule, the late and late + at-risk shares of the
 * counted weight (percent, one decimal) and the schedule gap (progress − expected progress of the
 * node, points, one decimal; `null` when nothing is expected).
 */
export interface HealthReason {
  rule: HealthRule;
  lateShare: number;
  atRiskShare: number;
  gap: number | null;
}

export function isHealth(value: unknown): value is Health {
  return (
    typeof value === 'string' && (HEALTHS as readonly string[]).includes(value)
  );
}

export function isHealthRule(value: unknown): value is HealthRule {
  return (
    typeof value === 'string' &&
    (HEALTH_RULES as readonly string[]).includes(value)
  );
}

/**
 * The schedule gap the health reads: the node's progress minus its expected progress, both as
 * the roll-up gives them (one decimal), rounded again so that 42.3 − 62.3 is −20, not a binary
 * hair below. The SQL roll-up computes `round(progress, 1) − round(expected, 1)` in numeric.
 */
export function nodeScheduleGap(
  progress: number | null,
  expectedProgress: number | null,
): number | null {
  return progress === null || expectedProgress === null
    ? null
    : round1(round1(progress) - round1(expectedProgress));
}

/**
 * Health from the counted actions (non-abandoned, with their *effective* status, so overdue is
 * late) and the node's schedule gap, DESIGN §3 (revised in the second wave): `done` if all are
 * done; else `late` if late weighs ≥ 25 % or the node is more than 20 points behind its expected
 * progress; else `at_risk` if late + at-risk weigh ≥ 25 % or it is more than 10 points behind;
 * else `not_started` if none has started; else `on_track`. "More than" is strict: 20 points behind
 * is at risk, not late. `null` without any counted action. A node where nothing has started but
 * whose schedule says it should have is late or at risk: the rules are tried in DESIGN's order.
 */
export function healthDecision(
  actions: readonly { status: Status; weight: number }[],
  gap: number | null,
): { health: Health; reason: HealthReason } | null {
  if (actions.length === 0) return null;
  let total = 0;
  let late = 0;
  let atRisk = 0;
  for (const { status, weight } of actions) {
    total += weight;
    if (status === 'late') late += weight;
    if (status === 'at_risk') atRisk += weight;
  }
  const rule = decidingRule(actions, { total, late, atRisk, gap });
  const share = (weight: number) =>
    total > 0 ? round1((100 * weight) / total) : 0;
  return {
    health: HEALTH_OF_RULE[rule],
    reason: {
      rule,
      lateShare: share(late),
      atRiskShare: share(late + atRisk),
      gap,
    },
  };
}

function decidingRule(
  actions: readonly { status: Status }[],
  w: { total: number; late: number; atRisk: number; gap: number | null },
): HealthRule {
  const behind = (points: number) => w.gap !== null && w.gap < -points;
  if (actions.every((a) => a.status === 'done')) return 'all_done';
  if (w.late >= HEALTH_THRESHOLD * w.total) return 'late_weight';
  if (behind(HEALTH_LATE_GAP)) return 'behind_20';
  if (w.late + w.atRisk >= HEALTH_THRESHOLD * w.total) return 'at_risk_weight';
  if (behind(HEALTH_AT_RISK_GAP)) return 'behind_10';
  if (actions.every((a) => a.status === 'not_started')) return 'none_started';
  return 'on_track';
}

/** The health alone (see `healthDecision`). */
export function nodeHealth(
  actions: readonly { status: Status; weight: number }[],
  gap: number | null,
): Health | null {
  return healthDecision(actions, gap)?.health ?? null;
}
