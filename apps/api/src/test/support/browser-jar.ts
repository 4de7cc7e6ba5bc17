/**
 * A browser's part of a redirect flow, for the API specs: fetch without following redirects, with
 * the cookies it was given (all on 127.0.0.1, so shared by ports as a browser shares them).
 */
export class CookieBrowser {
  readonly cookies = new Map<string, string>();

  async get(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set('cookie', [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const gone = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && Date.parse(a.split('=')[1]) < Date.now()));
      if (gone || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** Follows redirects from `url` until one leads to where `stop` says (returned, not fetched). */
  async followUntil(url: string, stop: (location: string) => boolean, maxHops = 15): Promise<string> {
    let next = url;
    for (let hop = 0; hop < maxHops; hop++) {
      const response = await this.get(next);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) {
        throw new Error(`no redirect from ${next}: ${response.status} ${(await response.text()).slice(0, 300)}`);
      }
      next = new URL(location, next).href;
      if (stop(next)) return next;
    }
    throw new Error(`too many redirects from ${url}`);
  }
}
