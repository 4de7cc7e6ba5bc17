import {
  parseIsoDate,
  startOfPeriod,
  type IsoDate,
  type Periodicity,
} from '@boussole/domain';

const MONTH = new Intl.DateTimeFormat('fr-FR', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** The period a measurement describes, in French: "mars 2026", "T1 2026", "2026". */
export function periodLabel(period: IsoDate, periodicity: Periodicity): string {
  const start = parseIsoDate(startOfPeriod(period, periodicity));
  const year = start.getUTCFullYear();
  switch (periodicity) {
    case 'month':
      return MONTH.format(start);
    case 'quarter':
      return `T${Math.floor(start.getUTCMonth() / 3) + 1} ${year}`;
    default:
      return String(year);
  }
}

/**
 * What a measurement's value is counted in, as the entry form's hint says it: « En pourcentage. »,
 * « En nombre de services d’urgence. », « En nombre d’établissements. », « Un nombre pour 100 000 hab. », « En GWh. »; nothing for
 * a bare count.
 */
export function unitHint(unit: string): string | null {
  const trimmed = unit.trim();
  if (trimmed === '' || trimmed.toLowerCase() === 'nombre') return null;
  if (trimmed === '%') return 'En pourcentage.';
  if (trimmed.startsWith('pour ')) return sentence(`Un nombre ${trimmed}`);
  // A plural noun (« jours », « places »): a number of them; a symbol as written.
  if (/^[a-zà-ÿœæ]+s\b/.test(trimmed)) {
    const of = /^[aeiouyàâéèêëîïôöùûüœæh]/.test(trimmed) ? 'd’' : 'de ';
    return sentence(`En nombre ${of}${trimmed}`);
  }
  return sentence(`En ${trimmed}`);
}

/** A final full stop, unless an abbreviation (« hab. ») already ends the text. */
function sentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}
