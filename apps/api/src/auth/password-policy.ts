import {
  PASSWORD_MIN_SCORE,
  passwordProblemMessage,
  passwordRuleProblem,
  type PasswordOwner,
} from '@boussole/domain';
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { invalid } from '../common/errors/app-error';

/** Words of the service itself, as guessable as a user's own name. */
const SITE_WORDS = ['boussole', 'dgos'];

let estimator: ZxcvbnFactory | null = null;

/**
 * zxcvbn-ts with the French and common dictionaries, loaded and built on the first password checked
 * (~100 ms, once): its dictionaries weigh some 35 MB in memory, which a replica that only serves the
 * plan never needs. Its check runs on the event loop and grows faster than the password's length:
 * only the first 64 characters are scored (a longer password is at least as strong as its start),
 * and the fuzzy (Levenshtein) match, which multiplies the time of a check for little gain, stays off.
 */
function zxcvbn(): ZxcvbnFactory {
  if (estimator) return estimator;
  // require(), not import: loaded on first use, not when the API starts (see above).
  const core = require('@zxcvbn-ts/core') as typeof import('@zxcvbn-ts/core');
  const common = require('@zxcvbn-ts/language-common') as typeof import('@zxcvbn-ts/language-common');
  const french = require('@zxcvbn-ts/language-fr') as typeof import('@zxcvbn-ts/language-fr');
  estimator = new core.ZxcvbnFactory({
    translations: french.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...french.dictionary },
    useLevenshteinDistance: false,
    maxLength: 64,
  });
  return estimator;
}

/** The owner's name and e-mail, whole and in pieces ("jean", "dupont", "jean.dupont"…). */
function userInputs(owner: PasswordOwner): string[] {
  const email = (owner.email ?? '').trim().toLowerCase();
  const [local = '', domain = ''] = email.split('@');
  const pieces = [
    email,
    local,
    ...local.split(/[._+-]+/),
    ...domain.split('.').slice(0, -1),
    ...(owner.name ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u),
    ...SITE_WORDS,
  ];
  return [...new Set(pieces.filter((piece) => piece.length >= 3))];
}

/** zxcvbn's own French advice, with French quotation marks and apostrophes. */
function frenchHint(text: string | null | undefined): string | null {
  if (!text) return null;
  return text.replace(/'([^']+)'/g, '«\u00a0$1\u00a0»').replace(/'/g, '’');
}

/**
 * Why the password is refused, in French, or null when it may be used: the rules of
 * `libs/domain` (length, the e-mail's name), then guessability (zxcvbn score ≥ 3, the owner's
 * name and e-mail counted as known words). One function for invitations, resets, changes and the
 * first administrator of a production start.
 */
export function passwordRefusal(password: string, owner: PasswordOwner): string | null {
  const problem = passwordRuleProblem(password, owner);
  if (problem) return passwordProblemMessage(problem, password, owner);
  const result = zxcvbn().check(password, userInputs(owner));
  if (result.score >= PASSWORD_MIN_SCORE) return null;
  const hint = frenchHint(result.feedback.warning) ?? frenchHint(result.feedback.suggestions[0]);
  return passwordProblemMessage('guessable', password, owner, hint);
}

/** Throws a French 400 on `field` when the password is refused. */
export function assertAcceptablePassword(password: string, owner: PasswordOwner, field = 'password'): void {
  const refusal = passwordRefusal(password, owner);
  if (refusal) throw invalid(refusal, { [field]: refusal });
}
