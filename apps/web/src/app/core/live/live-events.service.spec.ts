import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { CurrentUser } from '@boussole/domain';
import { AUTH_ENDPOINTS, AuthService } from '../auth/auth.service';
import type { LiveChange } from './live-event';
import {
  EVENT_SOURCE,
  EVENTS_URL,
  LiveEventsService,
} from './live-events.service';
import { fakeEventSources, type FakeEventSource } from './testing-event-source';

const director: CurrentUser = {
  id: 2,
  email: 'direction@boussole.test',
  name: 'Claire Direction',
  role: 'director',
  unit: null,
  regionCode: null,
};

@Component({ template: '<h1>Page</h1>' })
class StubPageComponent {}

describe('LiveEventsService', () => {
  let auth: AuthService;
  let live: LiveEventsService;
  let sources: ReturnType<typeof fakeEventSources>;
  let changes: LiveChange[];

  function signIn(): void {
    auth.replace(director);
    TestBed.tick();
  }

  function latest(): FakeEventSource {
    const source = sources.opened.at(-1);
    if (!source) throw new Error('no stream was opened');
    return source;
  }

  beforeEach(() => {
    sources = fakeEventSources();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'connexion', component: StubPageComponent },
          { path: 'plans/:id', component: StubPageComponent },
        ]),
        { provide: EVENT_SOURCE, useValue: sources.factory },
      ],
    });
    auth = TestBed.inject(AuthService);
    live = TestBed.inject(LiveEventsService);
    changes = [];
    live.changes.subscribe((change) => changes.push(change));
  });

  afterEach(() => vi.useRealTimers());

  it('opens one stream of /api/events once someone is signed in, and closes it when they sign out', () => {
    TestBed.tick();
    expect(sources.opened).toHaveLength(0);

    signIn();
    expect(sources.opened).toHaveLength(1);
    expect(latest().url).toBe(EVENTS_URL);
    latest().opened();
    expect(live.open()).toBe(true);

    // Another signal change while signed in does not open a second stream.
    auth.replace({ ...director, name: 'Claire D.' });
    TestBed.tick();
    expect(sources.opened).toHaveLength(1);

    auth.clear();
    TestBed.tick();
    expect(latest().closed).toBe(true);
    expect(live.open()).toBe(false);
  });

  it('passes on the data and structure events, and ignores what it cannot read', () => {
    signIn();
    const source = latest();
    source.opened();
    source.send('action.updated', {
      type: 'action.updated',
      planId: 1,
      actionId: 7,
    });
    source.send('cycle.changed', {
      type: 'cycle.changed',
      planId: 1,
      record: 'cycle:3',
    });
    source.send('action.edited', 'not json');
    source.send('ping', '');

    expect(changes).toEqual([
      { type: 'action.updated', planId: 1, actionId: 7 },
      { type: 'cycle.changed', planId: 1, record: 'cycle:3' },
    ]);
  });

  it('asks for a refetch of everything after a network drop and on the server’s stream.reconnected', () => {
    signIn();
    const source = latest();
    source.opened();
    expect(changes).toEqual([]);

    // The browser reconnects by itself: the same source opens again.
    source.failed(false);
    expect(live.open()).toBe(false);
    source.opened();
    expect(changes).toEqual([{ type: 'refetch' }]);

    source.send('stream.reconnected', { type: 'stream.reconnected' });
    expect(changes).toEqual([{ type: 'refetch' }, { type: 'refetch' }]);
    expect(sources.opened).toHaveLength(1);
  });

  it('opens a stream closed by a failure again after 1 s, then 2 s, 4 s… up to 30 s, and refetches once open', () => {
    vi.useFakeTimers();
    signIn();
    latest().opened();

    const delays: number[] = [];
    for (let attempt = 0; attempt < 7; attempt++) {
      const before = sources.opened.length;
      latest().failed(true);
      expect(latest().closed).toBe(true);
      let waited = 0;
      while (sources.opened.length === before) {
        vi.advanceTimersByTime(250);
        waited += 250;
        if (waited > 60000) throw new Error('never opened again');
      }
      delays.push(waited);
    }
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);

    // Once open again the delay starts over, and events may have been missed meanwhile.
    latest().opened();
    expect(changes).toEqual([{ type: 'refetch' }]);
    const before = sources.opened.length;
    latest().failed(true);
    vi.advanceTimersByTime(1000);
    expect(sources.opened).toHaveLength(before + 1);
  });

  it('sends the user to the sign-in page when a stream refused for good was a session that expired', async () => {
    const http = TestBed.inject(HttpTestingController);
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/plans/1');
    signIn();
    latest().opened();

    // The database is down: the session is not over, the stream is tried again later.
    latest().failed(true);
    http
      .expectOne(AUTH_ENDPOINTS.me)
      .flush(null, { status: 503, statusText: 'Service Unavailable' });
    expect(auth.signedIn()).toBe(true);

    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(sources.opened).toHaveLength(2);
    latest().failed(true);
    http
      .expectOne(AUTH_ENDPOINTS.me)
      .flush(null, { status: 401, statusText: 'Unauthorized' });
    await vi.waitFor(() =>
      expect(router.url).toBe('/connexion?retour=%2Fplans%2F1'),
    );
    expect(auth.sessionNotice()).toBe(
      'Votre session a expiré\u00a0: reconnectez-vous.',
    );
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect(sources.opened).toHaveLength(2);
    http.verify();
  });

  it('does not open the stream again once the user has signed out during the delay', () => {
    vi.useFakeTimers();
    signIn();
    latest().failed(true);
    auth.clear();
    TestBed.tick();
    vi.advanceTimersByTime(60000);
    expect(sources.opened).toHaveLength(1);
  });

  it('on session.ended, closes the stream and sends the user to the sign-in page with a French notice', async () => {
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/plans/1');
    signIn();
    const source = latest();
    source.opened();

    source.send('session.ended', {
      type: 'session.ended',
      reason: 'signed_out',
    });
    await vi.waitFor(() =>
      expect(router.url).toBe('/connexion?retour=%2Fplans%2F1'),
    );

    expect(source.closed).toBe(true);
    expect(auth.signedIn()).toBe(false);
    expect(auth.sessionNotice()).toBe(
      'Vous avez été déconnecté depuis un autre onglet ou appareil\u00a0: reconnectez-vous.',
    );
    // Closed on purpose: nothing opens it again.
    TestBed.tick();
    expect(sources.opened).toHaveLength(1);
  });

  it('says nothing about the end of a session when the user signed out in this tab', async () => {
    const http = TestBed.inject(HttpTestingController);
    signIn();
    const source = latest();
    source.opened();

    const logout = auth.logout();
    // The server tells the stream before the sign-out's answer comes back.
    source.send('session.ended', {
      type: 'session.ended',
      reason: 'signed_out',
    });
    http.expectOne(AUTH_ENDPOINTS.logout).flush({});
    await logout;

    expect(auth.sessionNotice()).toBeNull();
    TestBed.tick();
    expect(source.closed).toBe(true);
    http.verify();
  });
});
