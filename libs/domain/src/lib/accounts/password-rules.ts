/**
 * The password rules (issue 9): at least 12 characters, not the e-mail's name, not guessable.
 * This file holds the part that needs no dictionary, so that the web form tells the same rules in
 * the same words before sending; the API adds the guessability check (zxcvbn-ts with its French
 * and common dictionaries, too heavy for the browser's first load) and gives the last word.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
/** The zxcvbn score (0 to 4) a password needs: 3 is "safely unguessable" against online attacks. */
export const PASSWORD_MIN_SCORE = 3;
/** An e-mail's name shorter than this is too common a string to forbid ("jo", "a"). */
export const EMAIL_NAME_MIN_LENGTH = 3;

export type PasswordProblem = 'too_short' | 'too_long' | 'contains_email_name' | 'guessable';

/** Whose password it is: their name and e-mail must not make it easy to guess. */
export interface PasswordOwner {
  email?: string | null;
  name?: string | null;
}

// French typography: a no-break space before ":" and inside « ».
export const PASSWORD_MESSAGES = {
  required: 'Choisissez un mot de passe.',
  tooShort: (length: number) =>
    `Le mot de passe doit compter au moins ${PASSWORD_MIN_LENGTH} caractères (il en compte ${length}).`,
  tooLong: `Le mot de passe ne peut pas dépasser ${PASSWORD_MAX_LENGTH} caractères.`,
  containsEmailName: (name: string) =>
    `Le mot de passe ne doit pas contenir le nom de votre adresse électronique («\u00a0${name}\u00a0»).`,
  guessable: (hint: string | null) =>
    `Ce mot de passe est trop facile à deviner${hint ? `\u00a0: ${sentence(hint)}` : '.'} ` +
    'Allongez-le, par exemple avec plusieurs mots peu courants.',
  /** What the form shows beside the field, before anything is typed. */
  hint:
    `Au moins ${PASSWORD_MIN_LENGTH} caractères, difficile à deviner, sans le nom de votre adresse électronique. ` +
    'Une suite de plusieurs mots peu courants est un bon choix.',
} as const;

/** A hint continuing a sentence after a colon: lower-case start, a full stop at the end. */
function sentence(hint: string): string {
  const text = hint.trim();
  return `${text.charAt(0).toLowerCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`;
}

/** The part of the e-mail before "@", lower-cased, when long enough to be forbidden; else null. */
export function emailName(email: string | null | undefined): string | null {
  const local = (email ?? '').trim().toLowerCase().split('@')[0] ?? '';
  return local.length >= EMAIL_NAME_MIN_LENGTH ? local : null;
}

/** Length in characters as a person counts them (an accented letter or an emoji is one). */
function characters(password: string): number {
  return [...password].length;
}

/** The first rule the password breaks among those that need no dictionary, or null. */
export function passwordRuleProblem(password: string, owner: PasswordOwner = {}): PasswordProblem | null {
  const length = characters(password);
  if (length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (length > PASSWORD_MAX_LENGTH) return 'too_long';
  const name = emailName(owner.email);
  if (name && password.toLowerCase().includes(name)) return 'contains_email_name';
  return null;
}

/** The French message of a problem; `hint` is the guessability check's own advice, if any. */
export function passwordProblemMessage(
  problem: PasswordProblem,
  password: string,
  owner: PasswordOwner = {},
  hint: string | null = null,
): string {
  switch (problem) {
    case 'too_short':
      return password.length === 0 ? PASSWORD_MESSAGES.required : PASSWORD_MESSAGES.tooShort(characters(password));
    case 'too_long':
      return PASSWORD_MESSAGES.tooLong;
    case 'contains_email_name':
      return PASSWORD_MESSAGES.containsEmailName(emailName(owner.email) ?? '');
    case 'guessable':
      return PASSWORD_MESSAGES.guessable(hint);
  }
}

/** The message of the first rule broken among those that need no dictionary, or null. */
export function passwordRuleMessage(password: string, owner: PasswordOwner = {}): string | null {
  const problem = passwordRuleProblem(password, owner);
  return problem ? passwordProblemMessage(problem, password, owner) : null;
}
