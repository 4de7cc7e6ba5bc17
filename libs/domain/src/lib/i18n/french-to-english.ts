/**
 * English for texts that are written in French where they are made: the domain's labels and
 * sentences (signals, health explanations, permission refusals) and the API's error messages.
 * Those texts travel as French strings (in payloads, in errors), so their English is found by the
 * French text itself: a catalog maps each French text, its variable parts written `{name}`, to its
 * English, e.g. `'Échéance du {date} dépassée de {days}.'` → `'Due date {date} passed by {days}.'`.
 * The variable parts are translated in turn (a label inside a sentence), and their figures are
 * written the English way (`1 234,5` → `1,234.5`, `42 %` → `42%`). A part named `{list}` or
 * `{…List}` is a French enumeration (`a, b et c`): each item is translated, then joined the English
 * way (`a, b and c`).
 */
export type EnglishCatalog = Readonly<Record<string, string>>;

interface Pattern {
  regex: RegExp;
  slots: string[];
  english: string;
  /** Literal characters: the more a pattern spells out, the sooner it is tried. */
  weight: number;
}

export class FrenchToEnglish {
  private readonly exact = new Map<string, string>();
  private readonly patterns: Pattern[] = [];
  private readonly memo = new Map<string, string | null>();

  constructor(...catalogs: EnglishCatalog[]) {
    for (const catalog of catalogs) {
      for (const [french, english] of Object.entries(catalog)) {
        const slots = [...french.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
        if (slots.length === 0) {
          this.exact.set(french, english);
          continue;
        }
        const source = french
          .split(/\{\w+\}/)
          .map(escapeRegExp)
          .join('([\\s\\S]+?)');
        this.patterns.push({
          regex: new RegExp(`^${source}$`),
          slots,
          english,
          weight: french.replace(/\{\w+\}/g, '').length,
        });
      }
    }
    this.patterns.sort((a, b) => b.weight - a.weight);
  }

  /** The English of a French text the catalogs know, or `null`. */
  known(french: string): string | null {
    const cached = this.memo.get(french);
    if (cached !== undefined) return cached;
    const found = this.find(french);
    if (this.memo.size > 5000) this.memo.clear();
    this.memo.set(french, found);
    return found;
  }

  /** The English of a French text, or the text itself (its figures made English) when unknown. */
  translate(french: string): string {
    return this.known(french) ?? englishFigures(french);
  }

  private find(french: string): string | null {
    const trimmed = french.trim();
    const exact = this.exact.get(trimmed);
    if (exact !== undefined) return exact;
    for (const pattern of this.patterns) {
      const match = pattern.regex.exec(trimmed);
      if (!match) continue;
      const values = new Map<string, string>();
      pattern.slots.forEach((slot, index) => {
        const value = match[index + 1] ?? '';
        values.set(slot, isListSlot(slot) ? this.translateList(value) : this.translate(value));
      });
      return pattern.english.replace(/\{(\w+)\}/g, (_, slot: string) => values.get(slot) ?? '');
    }
    return null;
  }

  /** « a, b et c » → "a, b and c", each item translated. */
  private translateList(french: string): string {
    const items = french.split(/, | et /).map((item) => this.translate(item));
    return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
  }
}

const isListSlot = (slot: string) => slot === 'list' || slot.endsWith('List');

/** French figures written the English way: `1 234,5` → `1,234.5`, `42 %` → `42%`, `−3` kept. */
export function englishFigures(text: string): string {
  return text
    .replace(/(\d),(\d)/g, '$1.$2')
    .replace(/(\d)[\u202f\u00a0](?=\d{3}(?!\d))/g, '$1,')
    .replace(/(\d)[\u202f\u00a0 ]%/g, '$1%')
    .replace(/(\d{2}\/\d{2}\/\d{4}) à (\d{2}:\d{2})/g, '$1 at $2');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
