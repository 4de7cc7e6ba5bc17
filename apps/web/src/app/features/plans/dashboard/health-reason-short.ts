import { formatPercentFr, type HealthExplained } from '@boussole/domain';
import { pointsText } from './change-trend';

/**
 * The rule that decided a node's health in a few words, for a tile (« 23 pts de retard sur
 * l’attendu », « 31 % du poids en retard »); the full sentence is `healthExplanation`. Null
 * without a health or its reason.
 */
export function shortHealthReason(node: HealthExplained): string | null {
  const reason = node.healthReason;
  if (node.health === null || !reason) return null;
  const behind = `${pointsText(reason.gap ?? 0)} de retard sur l’attendu`;
  switch (reason.rule) {
    case 'all_done':
      return 'toutes les actions terminées';
    case 'late_weight':
      return `${formatPercentFr(reason.lateShare)} du poids en retard`;
    case 'behind_20':
    case 'behind_10':
      return behind;
    case 'at_risk_weight':
      return `${formatPercentFr(reason.atRiskShare)} du poids en retard ou à surveiller`;
    case 'none_started':
      return 'aucune action démarrée';
    case 'on_track':
      if (reason.gap === null) return null;
      if (reason.gap < 0) return behind;
      return reason.gap === 0
        ? 'au niveau de l’attendu'
        : `${pointsText(reason.gap)} d’avance sur l’attendu`;
  }
}
