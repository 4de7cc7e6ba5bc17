/** Small conversions between what a form holds (texts as typed) and what the API takes. */

/**
 * The text a number field starts from: `1.5` for 1.5, since a number input takes only that form
 * (the browser shows it the French way, and a French user may type a comma).
 */
export function numberText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** A trimmed text, or null when nothing was typed (optional texts are sent as null). */
export function textOrNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/** An id chosen in a select ('' for none). */
export function idOrNull(text: string): number | null {
  return text === '' ? null : Number(text);
}
