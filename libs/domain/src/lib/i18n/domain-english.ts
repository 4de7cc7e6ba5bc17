/**
 * The English of every text the domain writes in French (labels, signal sentences, health
 * explanations, permission refusals, validation of the domain's rules), for `FrenchToEnglish`.
 * Keys are the French texts exactly as the domain writes them, `{name}` for a variable part.
 * `domain-english.spec.ts` fails when a French text of the domain has no entry here.
 */
import type { EnglishCatalog } from './french-to-english';

export const DOMAIN_ENGLISH: EnglishCatalog = {
  Français: 'French',
};
