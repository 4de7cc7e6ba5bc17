import {
  parseIsoDate,
  startOfPeriod,
  type IndicatorAttachment,
  type IsoDate,
  type Periodicity,
} from '@boussole/domain';
import { pageLanguage } from '../../core/i18n/page-language';

// The page's language is fixed when it starts: one formatter is enough.
const MONTH = new Intl.DateTimeFormat(
  pageLanguage() === 'en' ? 'en-GB' : 'fr-FR',
  { month: 'long', year: 'numeric', timeZone: 'UTC' },
);

/** The period a measurement describes: "mars 2026", "T1 2026", "2026" ("March 2026", "Q1 2026"). */
export function periodLabel(period: IsoDate, periodicity: Periodicity): string {
  const start = parseIsoDate(startOfPeriod(period, periodicity));
  const year = start.getUTCFullYear();
  switch (periodicity) {
    case 'month':
      return MONTH.format(start);
    case 'quarter':
      return $localize`T${Math.floor(start.getUTCMonth() / 3) + 1}:QUARTER: ${year}:YEAR:`;
    default:
      return String(year);
  }
}

/**
 * What a measurement's value is counted in, as the entry form's hint says it: « En pourcentage. »,
 * « En nombre de services d’urgence. », « En nombre d’établissements. », « Un nombre pour 100 000 hab. », « En GWh. »; nothing for
 * a bare count. The unit itself is the indicator's, as its author wrote it.
 */
export function unitHint(unit: string): string | null {
  const trimmed = unit.trim();
  if (trimmed === '' || trimmed.toLowerCase() === 'nombre') return null;
  if (trimmed === '%') return $localize`En pourcentage.`;
  if (trimmed.startsWith('pour ')) return sentence($localize`Un nombre ${trimmed}:UNIT:`);
  // A plural noun (« jours », « places »): a number of them; a symbol as written.
  if (/^[a-zà-ÿœæ]+s\b/.test(trimmed)) {
    return sentence(
      /^[aeiouyàâéèêëîïôöùûüœæh]/.test(trimmed)
        ? $localize`En nombre d’${trimmed}:UNIT:`
        : $localize`En nombre de ${trimmed}:UNIT:`,
    );
  }
  return sentence($localize`En ${trimmed}:UNIT:`);
}

/**
 * "Action 1.2.3", "Objectif 1.2", "Axe 1", "Plan": what an indicator is attached to, in the page's
 * language (the API writes it in French: its code follows the first word).
 */
export function attachmentLabel(attachment: IndicatorAttachment): string {
  const code = attachment.label.replace(/^\S+\s*/, '');
  switch (attachment.kind) {
    case 'action':
      return $localize`Action ${code}:CODE:`;
    case 'objective':
      return $localize`Objectif ${code}:CODE:`;
    case 'axis':
      return $localize`Axe ${code}:CODE:`;
    default:
      return $localize`Plan`;
  }
}

/** A final full stop, unless an abbreviation (« hab. ») already ends the text. */
function sentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}
