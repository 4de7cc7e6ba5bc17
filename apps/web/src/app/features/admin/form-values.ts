/** Small conversions between what a form holds (texts as typed) and what the API takes. */

/**
 * The text a number field starts from: `1.5` for 1.5, as JavaScript writes it (`parseNumber`
 * reads it back, as it reads a French comma the user types).
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
