// No Angular here: `main.ts` runs this before the framework's own code is evaluated.
import { pageLanguage } from '../i18n/page-language';

/**
 * The reads a page opened by its address needs first, asked for by `main.ts` before Angular starts,
 * instead of one after another once the session, the route's code and the page are there: on the
 * dashboard the session (`/api/auth/me`) and the plan, its roll-up, snapshots, cycles and the plan
 * switcher's list all leave together. Only GETs the page will make anyway are asked for, with the
 * very URL its services build, so that the answers are the same.
 */
export function earlyReadUrls(pathname: string, search: string): string[] {
  // The App asks who is signed in on every page.
  const urls = ['/api/auth/me'];
  const dashboard = /^\/plans\/(\d+)\/?$/.exec(pathname);
  if (dashboard) {
    const plan = `/api/plans/${dashboard[1]}`;
    urls.push(
      '/api/plans',
      plan,
      `${plan}/snapshots`,
      `/api/cycles?plan=${dashboard[1]}`,
    );
    // A past date's roll-up is left to the page, which decides whether the date is valid.
    if (!new URLSearchParams(search).has('asOf')) {
      urls.push(`${plan}/rollup`);
    }
  }
  return urls;
}

/** A JSON answer read early, as `HttpClient` would have received it. */
export interface EarlyAnswer {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Record<string, string>;
  readonly body: unknown;
}

interface EarlyRead {
  readonly answer: Promise<EarlyAnswer | null>;
  readonly startedAt: number;
}

/**
 * Past this age an early read is not used: it served the page it was made for, and a later page
 * must see later data.
 */
const EARLY_READ_LIFETIME_MS = 10_000;

const reads = new Map<string, EarlyRead>();

/** Starts the early reads of the page at this address (`main.ts`, once, before bootstrapping). */
export function startEarlyReads(
  { pathname, search }: Pick<Location, 'pathname' | 'search'>,
  fetchJson: typeof fetch = fetch,
  now: () => number = () => performance.now(),
): void {
  for (const url of earlyReadUrls(pathname, search)) {
    reads.set(url, {
      startedAt: now(),
      answer: fetchJson(url, {
        credentials: 'same-origin',
        headers: {
          accept: 'application/json, text/plain, */*',
          'accept-language': pageLanguage(),
        },
      }).then(readAnswer, () => null),
    });
  }
}

/** Forgets every early read not used yet (tests). */
export function clearEarlyReads(): void {
  reads.clear();
}

// Only a success is kept: any error (401, 403, 404…) is asked again through HttpClient, so that
// its handling (the sign-in redirection, the page's message) stays exactly the usual one.
async function readAnswer(response: Response): Promise<EarlyAnswer | null> {
  if (!response.ok || !response.headers.get('content-type')?.includes('json')) {
    return null;
  }
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  return {
    status: response.status,
    statusText: response.statusText,
    headers,
    body: await response.json(),
  };
}

/** The early read of this URL, taken once (a second request of it goes to the API). */
export function takeEarlyRead(
  url: string,
  now: () => number,
): Promise<EarlyAnswer | null> | null {
  const read = reads.get(url);
  if (!read) {
    return null;
  }
  reads.delete(url);
  return now() - read.startedAt <= EARLY_READ_LIFETIME_MS ? read.answer : null;
}
