import type { IsoDate } from '../api/payloads';
import { formatDateFr, formatPercentFr } from '../format/format';
import { indicatorNextDue, isIndicatorStale } from '../indicators/freshness';
import type { IndicatorFacts } from '../indicators/indicator';
import { trajectoryCheck } from '../indicators/trajectory';
import type { Signal } from './signal-kind';

/** The signals of one indicator as of a date (DESIGN §3): stale, and off its trajectory. */
export function indicatorSignals(
  indicator: IndicatorFacts,
  asOf: IsoDate,
): Signal[] {
  const signals: Signal[] = [];
  if (isIndicatorStale(indicator, asOf)) {
    signals.push({
      kind: 'indicator_stale',
      message: `Indicateur à mettre à jour\u00a0: une mesure était attendue au plus tard le ${formatDateFr(indicatorNextDue(indicator, asOf))}.`,
    });
  }
  const check = trajectoryCheck(indicator, asOf);
  if (check?.offTrack) {
    signals.push({
      kind: 'indicator_off_track',
      message:
        `Réalisation de ${formatPercentFr(check.achievement)} au ${formatDateFr(check.measuredOn)}, ` +
        `pour ${formatPercentFr(check.expectedAchievement)} attendus sur la trajectoire vers la cible.`,
    });
  }
  return signals;
}
