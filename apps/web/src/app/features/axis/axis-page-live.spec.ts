import { registerLocaleData } from '@angular/common';
import { HttpHeaders, provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
  type TestRequest,
} from '@angular/common/http/testing';
import localeFr from '@angular/common/locales/fr';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Subject } from 'rxjs';
import type { LiveChange } from '../../core/live/live-event';
import { LiveEventsService } from '../../core/live/live-events.service';
import { action, plan, rollup } from '../plans/testing/fixtures';
import { AxisPageComponent } from './axis-page.component';

/**
 * After a live event the axis page fetches its roll-up and its actions again with
 * `Cache-Control: no-cache`, so that the API's read cache answers with figures that hold the
 * write the event announced, not the previous answer it may still serve for a moment.
 */
describe('AxisPageComponent, live', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let changes: Subject<LiveChange>;

  beforeEach(async () => {
    registerLocaleData(localeFr);
    changes = new Subject<LiveChange>();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            {
              path: 'plans/:planId/axes/:axisId',
              component: AxisPageComponent,
            },
          ],
          withComponentInputBinding(),
        ),
        { provide: LOCALE_ID, useValue: 'fr-FR' },
        {
          provide: LiveEventsService,
          useValue: { changes: changes.asObservable() },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  const request = (url: string): Promise<TestRequest> =>
    vi.waitFor(() => http.expectOne((req) => req.url === url));
  const cacheControl = (req: TestRequest) =>
    req.request.headers.get('Cache-Control');
  const total = (n: number) => ({
    headers: new HttpHeaders({ 'X-Total-Count': String(n) }),
  });

  it('asks plainly at first, then with no-cache when another user’s write is announced', async () => {
    const navigation = harness.navigateByUrl('/plans/1/axes/11');
    (await request('/api/plans/1')).flush(plan);
    const first = await request('/api/plans/1/rollup');
    expect(cacheControl(first)).toBeNull();
    first.flush(rollup);
    await navigation;
    const firstPage = await request('/api/actions');
    expect(cacheControl(firstPage)).toBeNull();
    firstPage.flush([action], total(1));
    await harness.fixture.whenStable();

    changes.next({ type: 'action.updated', planId: 1, actionId: 4 });
    const planAgain = await request('/api/plans/1');
    expect(cacheControl(planAgain)).toBe('no-cache');
    planAgain.flush(plan);
    const again = await request('/api/plans/1/rollup');
    expect(cacheControl(again)).toBe('no-cache');
    again.flush(rollup);
    const pageAgain = await request('/api/actions');
    expect(cacheControl(pageAgain)).toBe('no-cache');
    expect(pageAgain.request.params.get('axis')).toBe('11');
    pageAgain.flush([action], total(1));
    await harness.fixture.whenStable();
  });

  it('fetches nothing again for another plan’s events', async () => {
    const navigation = harness.navigateByUrl('/plans/1/axes/11');
    (await request('/api/plans/1')).flush(plan);
    (await request('/api/plans/1/rollup')).flush(rollup);
    await navigation;
    (await request('/api/actions')).flush([action], total(1));
    await harness.fixture.whenStable();

    changes.next({ type: 'action.updated', planId: 2, actionId: 4 });
    await new Promise((resolve) => setTimeout(resolve, 400));
    http.expectNone('/api/plans/1/rollup');
  });
});
