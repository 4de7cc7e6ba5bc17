/**
 * An indicator's value with its unit, as a French reader writes it: `91,1 %`, `658 services
 * d’urgence`, `1 service d’urgence`, `12 jours`, `31 pour 100 000 hab.`. Used by the web, the PDF
 * briefing and any French sentence that quotes a measurement, so that all print the same.
 */
import type { Language } from '../i18n/language';
import { formatNumber, formatPercent } from './format';

/** Units that only say "a count": the figure then stands alone (« 658 », not « 658 nombre »). */
const BARE_COUNT_UNITS = new Set(['', 'nombre', 'nb', 'nombres']);

/** Words that end the noun group: what follows them stays as written (« services *d’urgence* »). */
const STOP_WORDS = new Set([
  'de',
  'des',
  'du',
  'en',
  'à',
  'au',
  'aux',
  'pour',
  'par',
  'sur',
  'sous',
  'avec',
  'sans',
  'et',
  'ou',
]);

/** Nouns whose singular already ends in -s or -x. */
const INVARIABLE = new Set([
  'mois',
  'fois',
  'cas',
  'poids',
  'prix',
  'temps',
  'corps',
  'pays',
  'avis',
  'choix',
  'repas',
  'accès',
  'succès',
  'progrès',
  'relais',
]);

/**
 * `value` followed by `unit` with a no-break space, so that the two never part at a line's end.
 * A unit is written in the plural (as people head a column: « jours », « patients »); under 2 it
 * is put in the singular, as French wants (« 1,5 jour », « 1 service d’urgence »), acronyms and
 * symbols (`GWh`, `M€`, `ETP`) untouched. A bare count (« nombre », or no unit) prints the figure
 * alone; a percentage prints as Intl's French locale does (`91,1 %`).
 */
export function formatQuantityFr(
  value: number,
  unit: string,
  maximumFractionDigits = 2,
): string {
  return formatQuantity(value, unit, maximumFractionDigits, 'fr');
}

/**
 * `formatQuantityFr` in either language. The unit is the indicator's own, written in French by
 * whoever set the indicator: in English it is kept as written (no French singular), after an
 * English figure (`1,234.5 jours`).
 */
export function formatQuantity(
  value: number,
  unit: string,
  maximumFractionDigits = 2,
  language: Language = 'fr',
): string {
  const trimmed = unit.trim();
  if (BARE_COUNT_UNITS.has(trimmed.toLowerCase())) {
    return formatNumber(value, maximumFractionDigits, language);
  }
  if (trimmed === '%') return formatPercent(value, maximumFractionDigits, language);
  const noun = language === 'fr' && Math.abs(value) < 2 ? singularUnit(trimmed) : trimmed;
  return `${formatNumber(value, maximumFractionDigits, language)}\u00a0${noun}`;
}

/** « services d’urgence » → « service d’urgence »: the words before the first stop word. */
export function singularUnit(unit: string): string {
  const words = unit.split(' ');
  let inHead = true;
  return words
    .map((word) => {
      if (!inHead) return word;
      const lower = word.toLowerCase();
      if (STOP_WORDS.has(lower) || /^[dl][’']/.test(lower)) {
        inHead = false;
        return word;
      }
      return singularWord(word);
    })
    .join(' ');
}

function singularWord(word: string): string {
  // Only lower-case words of letters: not `GWh`-like symbols, `ETP`, `hab.` or `ktCO2e`.
  if (!/^[a-zàâäçéèêëîïôöùûüÿœæ-]+$/.test(word) || word.length < 3) return word;
  if (INVARIABLE.has(word)) return word;
  // « bureaux » → « bureau », « jeux » → « jeu », « hôpitaux » → « hôpital ».
  if (word.endsWith('eaux') || word.endsWith('eux')) return word.slice(0, -1);
  if (word.endsWith('aux')) return `${word.slice(0, -3)}al`;
  if (/[sx]$/.test(word)) return word.slice(0, -1);
  return word;
}
