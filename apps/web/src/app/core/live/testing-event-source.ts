import type { EventSourceLike } from './live-events.service';

/** An `EventSource` the test drives: it opens, fails, closes and delivers events on demand. */
export class FakeEventSource implements EventSourceLike {
  readyState = 0;
  closed = false;
  private readonly listeners = new Map<string, ((event: Event) => void)[]>();

  constructor(readonly url: string) {}

  addEventListener(type: string, listener: (event: Event) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  close(): void {
    this.closed = true;
    this.readyState = 2;
  }

  /** The connection is (again) open. */
  opened(): void {
    this.readyState = 1;
    this.fire('open', new Event('open'));
  }

  /** A network drop the browser retries by itself (`closed` false), or a failure for good. */
  failed(closed: boolean): void {
    this.readyState = closed ? 2 : 0;
    this.fire('error', new Event('error'));
  }

  /** An event named `type` whose data is `payload` as JSON (or a raw string). */
  send(type: string, payload: unknown): void {
    const data =
      typeof payload === 'string' ? payload : JSON.stringify(payload);
    this.fire(type, new MessageEvent(type, { data }));
  }

  private fire(type: string, event: Event): void {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
}

/** The sources opened, newest last, and the factory to provide as `EVENT_SOURCE`. */
export function fakeEventSources(): {
  opened: FakeEventSource[];
  factory: (url: string) => FakeEventSource;
} {
  const opened: FakeEventSource[] = [];
  return {
    opened,
    factory: (url) => {
      const source = new FakeEventSource(url);
      opened.push(source);
      return source;
    },
  };
}
