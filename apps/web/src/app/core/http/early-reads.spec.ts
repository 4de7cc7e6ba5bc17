import {
  HttpClient,
  provideHttpClient,
  withInterceptors,
} from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { clearEarlyReads, earlyReadUrls, startEarlyReads } from './early-reads';
import { earlyReadsInterceptor } from './early-reads.interceptor';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });

describe('early reads', () => {
  let clock = 0;
  let http: HttpClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    clock = 0;
    clearEarlyReads();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(
          withInterceptors([earlyReadsInterceptor(() => clock)]),
        ),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => clearEarlyReads());

  it('asks for the session everywhere, and for the dashboard’s reads on a plan’s dashboard', () => {
    expect(earlyReadUrls('/actions/3', '')).toEqual(['/api/auth/me']);
    expect(earlyReadUrls('/plans/7', '?since=2026-01-01')).toEqual([
      '/api/auth/me',
      '/api/plans',
      '/api/plans/7',
      '/api/plans/7/snapshots',
      '/api/cycles?plan=7',
      '/api/plans/7/rollup',
    ]);
    // A past date's roll-up is the page's to ask; another page of a plan asks for nothing more.
    expect(earlyReadUrls('/plans/7', '?asOf=2026-06-30')).not.toContain(
      '/api/plans/7/rollup',
    );
    expect(earlyReadUrls('/plans/7/actions', '')).toEqual(['/api/auth/me']);
  });

  it('serves a GET from its early read once, then asks the API again', async () => {
    const asked: string[] = [];
    startEarlyReads(
      { pathname: '/plans/7', search: '' },
      (url) => {
        asked.push(String(url));
        return Promise.resolve(json({ id: 7, url }));
      },
      () => clock,
    );
    expect(asked).toHaveLength(6);

    const first = await firstValueFrom(http.get('/api/plans/7'));
    expect(first).toEqual({ id: 7, url: '/api/plans/7' });
    backend.expectNone('/api/plans/7');

    const again = firstValueFrom(http.get('/api/plans/7'));
    backend.expectOne('/api/plans/7').flush({ id: 7, fresh: true });
    expect(await again).toEqual({ id: 7, fresh: true });
    // The query string is part of the URL matched.
    expect(
      await firstValueFrom(http.get('/api/cycles', { params: { plan: '7' } })),
    ).toEqual({ id: 7, url: '/api/cycles?plan=7' });
    backend.verify();
  });

  it('asks the API itself when the early read failed or is too old', async () => {
    startEarlyReads(
      { pathname: '/plans/7', search: '' },
      (url) =>
        String(url) === '/api/plans/7'
          ? Promise.resolve(json({ message: 'Projet introuvable' }, 404))
          : Promise.resolve(json({ early: true })),
      () => clock,
    );
    const plan = firstValueFrom(http.get('/api/plans/7'));
    await new Promise((resolve) => setTimeout(resolve));
    backend.expectOne('/api/plans/7').flush({ id: 7 });
    expect(await plan).toEqual({ id: 7 });

    clock = 60_000;
    const rollup = firstValueFrom(http.get('/api/plans/7/rollup'));
    backend.expectOne('/api/plans/7/rollup').flush({ late: false });
    expect(await rollup).toEqual({ late: false });
    backend.verify();
  });
});
