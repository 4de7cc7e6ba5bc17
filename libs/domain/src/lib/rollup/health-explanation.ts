import { formatNumberFr, formatPercentFr } from '../format/format';
import {
  HEALTH_AT_RISK_GAP,
  HEALTH_LABELS,
  HEALTH_LATE_GAP,
  HEALTH_THRESHOLD,
  type Health,
  type HealthReason,
} from './health';

/** What the sentence needs of a roll-up node (the API's payload and the domain's figures have it). */
export interface HealthExplained {
  health: Health | null;
  /** Absent from the roll-ups of cycles frozen before the reason was recorded. */
  healthReason?: HealthReason | null;
  progress: number | null;
  expectedProgress: number | null;
}

const THRESHOLD = formatPercentFr(HEALTH_THRESHOLD * 100);

/**
 * "Comment est-ce calculé ?" for a node's health: the label, then the rule of DESIGN §3 that decided
 * it with the figures it read, e.g. « En retard : l’avancement (42 %) a 23 points de retard sur
 * l’attendu (65 %), plus de 20 points. »
 */
export function healthExplanation(node: HealthExplained): string {
  if (node.health === null) return 'Pas d’état : aucune action n’est comptée.';
  const label = HEALTH_LABELS[node.health];
  const why = healthWhy(node);
  // A cycle's state frozen before the reason was recorded keeps its health, unexplained.
  return why === null ? `${label}.` : `${label} : ${why}`;
}

/**
 * The deciding rule alone, as a clause that ends the sentence (« les actions en retard pèsent
 * 31 % du poids des actions comptées (25 % ou plus). »), for who writes the label otherwise;
 * `null` without a health or its reason.
 */
export function healthWhy(node: HealthExplained): string | null {
  const reason = node.healthReason;
  if (node.health === null || !reason) return null;
  switch (reason.rule) {
    case 'all_done':
      return 'toutes les actions comptées sont terminées.';
    case 'late_weight':
      return `les actions en retard pèsent ${formatPercentFr(reason.lateShare)} du poids des actions comptées (${THRESHOLD} ou plus).`;
    case 'behind_20':
      return `${behindText(node, reason)}, plus de ${points(HEALTH_LATE_GAP)}.`;
    case 'at_risk_weight':
      return `les actions en retard ou à surveiller pèsent ${formatPercentFr(reason.atRiskShare)} du poids des actions comptées (${THRESHOLD} ou plus).`;
    case 'behind_10':
      return `${behindText(node, reason)}, plus de ${points(HEALTH_AT_RISK_GAP)}.`;
    case 'none_started':
      return 'aucune action comptée n’a démarré.';
    case 'on_track':
      return `les actions en retard ou à surveiller pèsent ${formatPercentFr(reason.atRiskShare)} du poids des actions comptées (moins de ${THRESHOLD}) et ${scheduleText(node, reason)}.`;
  }
}

function points(value: number): string {
  return `${formatNumberFr(value, 1)}\u00a0${Math.abs(value) < 2 ? 'point' : 'points'}`;
}

function figures(node: HealthExplained): {
  progress: string;
  expected: string;
} {
  return {
    progress: formatPercentFr(node.progress ?? 0),
    expected: formatPercentFr(node.expectedProgress ?? 0),
  };
}

/** « l’avancement (42 %) a 23 points de retard sur l’attendu (65 %) ». */
function behindText(node: HealthExplained, reason: HealthReason): string {
  const f = figures(node);
  return `l’avancement (${f.progress}) a ${points(-(reason.gap ?? 0))} de retard sur l’attendu (${f.expected})`;
}

/** Why the schedule did not decide an on-track node. */
function scheduleText(node: HealthExplained, reason: HealthReason): string {
  const gap = reason.gap;
  if (gap === null)
    return 'aucun avancement n’est attendu, faute d’actions datées';
  const f = figures(node);
  if (gap >= 0)
    return gap === 0
      ? `l’avancement (${f.progress}) est celui attendu`
      : `l’avancement (${f.progress}) a ${points(gap)} d’avance sur l’attendu (${f.expected})`;
  return `${behindText(node, reason)}, pas plus de ${points(HEALTH_AT_RISK_GAP)}`;
}
