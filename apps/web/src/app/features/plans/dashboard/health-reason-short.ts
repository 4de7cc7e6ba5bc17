import type { HealthExplained } from '@boussole/domain';
import { percentText } from '../../../core/i18n/page-format';
import { pointsText } from './change-trend';

/**
 * The rule that decided a node's health in a few words, for a tile (« 23 pts de retard sur
 * l’attendu », « 31 % du poids en retard »); the full sentence is `healthExplanation`. Null
 * without a health or its reason.
 */
export function shortHealthReason(node: HealthExplained): string | null {
  const reason = node.healthReason;
  if (node.health === null || !reason) return null;
  const behind = $localize`${pointsText(reason.gap ?? 0)}:POINTS: de retard sur l’attendu`;
  switch (reason.rule) {
    case 'all_done':
      return $localize`toutes les actions terminées`;
    case 'late_weight':
      return $localize`${percentText(reason.lateShare)}:PERCENT: du poids en retard`;
    case 'behind_20':
    case 'behind_10':
      return behind;
    case 'at_risk_weight':
      return $localize`${percentText(reason.atRiskShare)}:PERCENT: du poids en retard ou à surveiller`;
    case 'none_started':
      return $localize`aucune action démarrée`;
    case 'on_track':
      if (reason.gap === null) return null;
      if (reason.gap < 0) return behind;
      return reason.gap === 0
        ? $localize`au niveau de l’attendu`
        : $localize`${pointsText(reason.gap)}:POINTS: d’avance sur l’attendu`;
  }
}
