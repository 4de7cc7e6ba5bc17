import {
  DestroyRef,
  Injectable,
  InjectionToken,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Observable, Subject } from 'rxjs';
import { AUTH_ENDPOINTS, AuthService } from '../auth/auth.service';
import {
  DATA_EVENT_TYPES,
  STRUCTURE_EVENT_TYPES,
  type LiveChange,
  type LiveEvent,
  type SessionEndReason,
} from './live-event';

export const EVENTS_URL = '/api/events';

/** What the service needs of an `EventSource` (a fake one in unit tests). */
export interface EventSourceLike {
  /** 0 connecting, 1 open, 2 closed (then the browser no longer retries by itself). */
  readonly readyState: number;
  addEventListener(type: string, listener: (event: Event) => void): void;
  close(): void;
}

/** Opens the stream; null where the browser has no `EventSource` (then screens are not live). */
export const EVENT_SOURCE = new InjectionToken<
  (url: string) => EventSourceLike | null
>('EVENT_SOURCE', {
  providedIn: 'root',
  factory: () => (url) =>
    typeof EventSource === 'undefined' ? null : new EventSource(url),
});

const CLOSED = 2;
export const FIRST_RETRY_MS = 1000;
export const LAST_RETRY_MS = 30000;

/**
 * The one stream of `GET /api/events` of this tab, open while someone is signed in (the session
 * cookie goes with it: same origin). The browser reconnects by itself after a network drop; when a
 * failure closed the stream for good (a 503 while the database is down, say), it is opened again
 * after 1 s, then 2, 4… up to 30 s. Events may have been missed during a gap: each re-open, and the
 * server's `stream.reconnected`, is a "refetch everything" change. `session.ended` closes the
 * stream and sends the user to the sign-in page with a notice.
 */
@Injectable({ providedIn: 'root' })
export class LiveEventsService {
  private readonly openSource = inject(EVENT_SOURCE);
  private readonly auth = inject(AuthService);
  private readonly http = inject(HttpClient);
  private readonly subject = new Subject<LiveChange>();
  private source: EventSourceLike | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retryDelay = FIRST_RETRY_MS;
  /** Has the current session's stream been open once? A later open follows a gap. */
  private openedOnce = false;
  private readonly isOpen = signal(false);

  /** The data and structure events, and `{ type: 'refetch' }` after a gap in the stream. */
  readonly changes: Observable<LiveChange> = this.subject.asObservable();
  /** Whether the stream is open now. */
  readonly open = this.isOpen.asReadonly();

  constructor() {
    // `user`, not `signedIn`: the one signal every page's test double of AuthService has too.
    effect(() => {
      const signedIn = this.auth.user() !== null;
      untracked(() => (signedIn ? this.connect() : this.disconnect()));
    });
    inject(DestroyRef).onDestroy(() => this.disconnect());
  }

  private connect(): void {
    if (this.source || this.retryTimer) {
      return;
    }
    const source = this.openSource(EVENTS_URL);
    if (!source) {
      return;
    }
    this.source = source;
    source.addEventListener('open', () => {
      this.isOpen.set(true);
      this.retryDelay = FIRST_RETRY_MS;
      if (this.openedOnce) {
        this.subject.next({ type: 'refetch' });
      }
      this.openedOnce = true;
    });
    source.addEventListener('error', () => {
      this.isOpen.set(false);
      if (source.readyState === CLOSED && this.source === source) {
        this.retryLater();
      }
    });
    for (const type of [...DATA_EVENT_TYPES, ...STRUCTURE_EVENT_TYPES]) {
      source.addEventListener(type, (event) => this.relay(event));
    }
    source.addEventListener('stream.reconnected', () =>
      this.subject.next({ type: 'refetch' }),
    );
    source.addEventListener('session.ended', (event) => this.endSession(event));
  }

  private retryLater(): void {
    this.source?.close();
    this.source = null;
    this.checkSession();
    const delay = this.retryDelay;
    this.retryDelay = Math.min(this.retryDelay * 2, LAST_RETRY_MS);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.auth.user() !== null) {
        this.connect();
      }
    }, delay);
  }

  /**
   * A stream refused for good may be a session that ended without a word (it expired while this
   * replica was down, say): the API says so with a 401 to `/api/auth/me`; any other failure (the
   * database down) is not the end of the session, and the stream is tried again later.
   */
  private checkSession(): void {
    this.http.get<unknown>(AUTH_ENDPOINTS.me).subscribe({
      error: (error: unknown) => {
        if (error instanceof HttpErrorResponse && error.status === 401) {
          this.disconnect();
          void this.auth.endSession('expired');
        }
      },
    });
  }

  private disconnect(): void {
    if (this.retryTimer) {
      clearTimeout(this.retryTimer);
      this.retryTimer = null;
    }
    this.source?.close();
    this.source = null;
    this.openedOnce = false;
    this.retryDelay = FIRST_RETRY_MS;
    this.isOpen.set(false);
  }

  private relay(event: Event): void {
    const payload = parse(event);
    if (payload && typeof payload['type'] === 'string') {
      this.subject.next(payload as unknown as LiveEvent);
    }
  }

  private endSession(event: Event): void {
    const reason = parse(event)?.['reason'];
    this.disconnect();
    void this.auth.endSession(
      reason === 'signed_out' ||
        reason === 'expired' ||
        reason === 'deactivated'
        ? (reason as SessionEndReason)
        : null,
    );
  }
}

function parse(event: Event): Record<string, unknown> | null {
  const data: unknown = (event as MessageEvent<unknown>).data;
  if (typeof data !== 'string') return null;
  try {
    const value: unknown = JSON.parse(data);
    return typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
