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

/** Share of the node's weight from which late (then late + at-risk) actions set its health. */
export const HEALTH_THRESHOLD = 0.25;

export function isHealth(value: unknown): value is Health {
  return (
    typeof value === 'string' && (HEALTHS as readonly string[]).includes(value)
  );
}

/**
 * Health from the counted actions (non-abandoned, with their *effective* status, so overdue is
 * late): `done` if all are done; else `late` if late weighs ≥ 25 %; else `at_risk` if late +
 * at-risk weigh ≥ 25 %; else `not_started` if none has started; else `on_track`. `null` without
 * any counted action. The `not_started` test comes after the risk tests, which cannot fire on a
 * node where everything is not_started, so the order of DESIGN's sentence does not matter.
 */
export function nodeHealth(
  actions: readonly { status: Status; weight: number }[],
): Health | null {
  if (actions.length === 0) return null;
  let total = 0;
  let late = 0;
  let atRisk = 0;
  for (const { status, weight } of actions) {
    total += weight;
    if (status === 'late') late += weight;
    if (status === 'at_risk') atRisk += weight;
  }
  if (actions.every((a) => a.status === 'done')) return 'done';
  if (late >= HEALTH_THRESHOLD * total) return 'late';
  if (late + atRisk >= HEALTH_THRESHOLD * total) return 'at_risk';
  if (actions.every((a) => a.status === 'not_started')) return 'not_started';
  return 'on_track';
}
