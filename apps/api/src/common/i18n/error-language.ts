import { DEFAULT_LANGUAGE, DOMAIN_ENGLISH, FrenchToEnglish, negotiateLanguage, type Language } from '@boussole/domain';
import type { IncomingMessage } from 'node:http';
import { API_ENGLISH } from './api-english';

/** Headers seen so far and their language: the web sends the same two or three on every request. */
const negotiated = new Map<string, Language>();

/** The language a request asks for (`Accept-Language`), French when it names none of ours. */
export function requestLanguage(request: Pick<IncomingMessage, 'headers'>): Language {
  const header = request.headers['accept-language'];
  if (!header) return DEFAULT_LANGUAGE;
  let language = negotiated.get(header);
  if (language === undefined) {
    language = negotiateLanguage(header);
    // A client inventing a new header on each request must not grow the map without end.
    if (negotiated.size > 200) negotiated.clear();
    negotiated.set(header, language);
  }
  return language;
}

let english: FrenchToEnglish | null = null;

/** The translator of the API's errors: its own messages, and the domain's refusals they quote. */
export function errorEnglish(): FrenchToEnglish {
  english ??= new FrenchToEnglish(API_ENGLISH, DOMAIN_ENGLISH);
  return english;
}

/** An error body in English: its name, its message and each field's message; the rest as it is. */
export function inEnglish<B extends { error: string; message: string; fields?: unknown }>(body: B): B {
  const translator = errorEnglish();
  const translated: B = { ...body, error: translator.translate(body.error), message: translator.translate(body.message) };
  if (body.fields && typeof body.fields === 'object') {
    translated.fields = Object.fromEntries(
      Object.entries(body.fields as Record<string, unknown>).map(([field, message]) => [
        field,
        typeof message === 'string' ? translator.translate(message) : message,
      ]),
    );
  }
  return translated;
}
