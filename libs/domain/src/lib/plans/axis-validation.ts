/**
 * The rules of validating an axis for a cycle that the web form and the API both apply (DESIGN §2):
 * one justification per expected update still missing, texts within one bound, the same words.
 */

/** The longest comment, justification or reopening reason. */
export const VALIDATION_TEXT_MAX = 2000;

/** The field that carries the justification of one action, in the API's 400 and in the form. */
export function justificationField(actionId: number): string {
  return `justifications.${actionId}`;
}

/**
 * The field errors of the justifications given for the actions still missing: each needs a text
 * within the bound. Justifications of other actions are the API's to refuse (it names them).
 */
export function justificationErrors(
  missing: readonly { id: number; code: string }[],
  given: readonly { actionId: number; text: string }[],
): Record<string, string> {
  const texts = new Map(given.map((g) => [g.actionId, g.text.trim()]));
  const errors: Record<string, string> = {};
  for (const action of missing) {
    const text = texts.get(action.id) ?? '';
    if (text === '') {
      errors[justificationField(action.id)] = `Indiquez pourquoi l’action ${action.code} n’a pas de point d’avancement pour la campagne.`;
    } else if (text.length > VALIDATION_TEXT_MAX) {
      errors[justificationField(action.id)] = `Une justification est limitée à ${VALIDATION_TEXT_MAX} caractères.`;
    }
  }
  return errors;
}
