/**
 * The one sentence that refuses a write on an axis validated for the open cycle (DESIGN §4): the
 * API's 409 and the web's closed forms say the same words.
 */
export function validatedAxisReason(axisNumber: number, cycleLabel: string): string {
  return `L’axe ${axisNumber} a été validé pour la campagne ${cycleLabel} : il ne peut plus être modifié pour cette campagne.`;
}
