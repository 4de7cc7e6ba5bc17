/** A piece of a comment's text: plain text, or an http(s) link to make clickable. */
export type TextSegment =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'link'; readonly text: string; readonly href: string };

const URL_PATTERN = /https?:\/\/[^\s<>"]+/gi;
/** Punctuation that ends a sentence rather than the address ("voir https://x.fr."). */
const TRAILING = /[.,;:!?»"')\]]+$/;

/**
 * Splits plain text into text and link segments, so that a template can render the text as text
 * nodes and only well-formed http(s) addresses as anchors: the text is never parsed as HTML.
 */
export function textSegments(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    const address = trimTrailing(match[0]);
    const href = safeHref(address);
    if (!href) continue;
    if (start > last) {
      segments.push({ kind: 'text', text: text.slice(last, start) });
    }
    segments.push({ kind: 'link', text: address, href });
    last = start + address.length;
  }
  if (last < text.length) {
    segments.push({ kind: 'text', text: text.slice(last) });
  }
  return segments;
}

/** Drops closing punctuation, but keeps a ")" that closes a "(" inside the address. */
function trimTrailing(address: string): string {
  let result = address.replace(TRAILING, '');
  const tail = address.slice(result.length);
  const opened = (result.match(/\(/g) ?? []).length;
  const closed = (result.match(/\)/g) ?? []).length;
  if (tail.startsWith(')') && opened > closed) {
    result += ')';
  }
  return result;
}

function safeHref(address: string): string | null {
  try {
    const url = new URL(address);
    return url.protocol === 'http:' || url.protocol === 'https:'
      ? url.href
      : null;
  } catch {
    return null;
  }
}
