import {
  parseIsoDate,
  type ActionListItem,
  type CyclePayload,
} from '@boussole/domain';
import { dateText } from '../../core/i18n/page-format';

/** What the open cycle still expects of the signed-in project manager's actions. */
export interface CycleExpectation {
  cycle: CyclePayload;
  /** Their actions the cycle expects an update for: the missing ones and those updated since it opened. */
  expected: number;
  /** Still without an update: the ones marked "à mettre à jour" in the list. */
  missing: number;
}

/**
 * Counted from the list itself, so that the sentence and the list agree: missing = the actions
 * with the `stale` signal (no update since the cycle opened); received = those of the cycle's plan
 * updated since it opened (00:00 UTC on its opening day, as the freshness rule says), an action
 * closed by such an update included, as the cycle's completeness counts it.
 */
export function cycleExpectation(
  actions: readonly ActionListItem[],
  cycle: CyclePayload,
): CycleExpectation {
  const opened = parseIsoDate(cycle.opensOn).getTime();
  let missing = 0;
  let received = 0;
  for (const action of actions) {
    if (action.planId !== cycle.planId) continue;
    if (action.signals.includes('stale')) missing++;
    else if (
      action.lastUpdateAt !== null &&
      Date.parse(action.lastUpdateAt) >= opened
    )
      received++;
  }
  return { cycle, expected: missing + received, missing };
}

/** "Campagne T4 2026 (jusqu’au 11/12/2026) : 3 actions sur 5 restent à mettre à jour." */
export function expectationText({
  cycle,
  expected,
  missing,
}: CycleExpectation): string {
  const label = cycle.label;
  const until = dateText(cycle.closesOn);
  if (expected === 0)
    return $localize`Campagne ${label}:CYCLE: (jusqu’au ${until}:DATE:)\u00a0: aucune de vos actions n’attend de point d’avancement.`;
  if (missing === 0)
    return expected === 1
      ? $localize`Campagne ${label}:CYCLE: (jusqu’au ${until}:DATE:)\u00a0: votre action attendue a reçu son point d’avancement.`
      : $localize`Campagne ${label}:CYCLE: (jusqu’au ${until}:DATE:)\u00a0: vos ${expected}:EXPECTED: actions attendues ont reçu leur point d’avancement.`;
  return missing === 1
    ? $localize`Campagne ${label}:CYCLE: (jusqu’au ${until}:DATE:)\u00a0: 1 action sur ${expected}:EXPECTED: reste à mettre à jour.`
    : $localize`Campagne ${label}:CYCLE: (jusqu’au ${until}:DATE:)\u00a0: ${missing}:MISSING: actions sur ${expected}:EXPECTED: restent à mettre à jour.`;
}
