import {
  formatDateFr,
  parseIsoDate,
  type ActionListItem,
  type CyclePayload,
} from '@boussole/domain';

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
  const head = `Campagne ${cycle.label} (jusqu’au ${formatDateFr(cycle.closesOn)})\u00a0: `;
  if (expected === 0)
    return `${head}aucune de vos actions n’attend de point d’avancement.`;
  if (missing === 0)
    return expected === 1
      ? `${head}votre action attendue a reçu son point d’avancement.`
      : `${head}vos ${expected} actions attendues ont reçu leur point d’avancement.`;
  return missing === 1
    ? `${head}1 action sur ${expected} reste à mettre à jour.`
    : `${head}${missing} actions sur ${expected} restent à mettre à jour.`;
}
