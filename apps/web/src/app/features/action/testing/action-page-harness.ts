import { registerLocaleData } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import localeFr from '@angular/common/locales/fr';
import { Component, LOCALE_ID, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type {
  ActionDeployments,
  ActionDetail,
  CurrentUser,
  StatusUpdatePayload,
} from '@boussole/domain';
import { AuthService } from '../../../core/auth/auth.service';
import { eventually } from '../../../testing/page';
import { query, required } from '../../../testing/query';
import { ActionPageComponent } from '../action-page.component';
import { anAction, latestUpdate, olderUpdate } from './action-fixtures';
import { theDeployments } from './deployment-fixtures';

@Component({ template: '<h1>Autre page</h1>' })
class StubPageComponent {}

/** Requests of a region's comment thread. */
const REGION_THREAD = /^\/api\/actions\/\d+\/regions\/\w+\/comments$/;

/**
 * The action page at `/actions/7`, signed in as `user`, with its requests answered: the action, its
 * history, its plan, its comments (none), and for a regional action its deployments and the
 * comments (none) of the region shown by default.
 */
export async function openActionPage(
  user: CurrentUser | null,
  action: ActionDetail = anAction(),
  history: StatusUpdatePayload[] = [latestUpdate, olderUpdate],
  deployments: ActionDeployments = theDeployments(),
) {
  registerLocaleData(localeFr);
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter(
        [
          { path: 'actions/:id', component: ActionPageComponent },
          { path: '**', component: StubPageComponent },
        ],
        withComponentInputBinding(),
      ),
      { provide: LOCALE_ID, useValue: 'fr-FR' },
      { provide: AuthService, useValue: { user: signal(user).asReadonly() } },
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const harness = await RouterTestingHarness.create();
  const navigation = harness.navigateByUrl('/actions/7');
  const request = (url: string) => eventually(() => http.expectOne(url));
  (await request('/api/actions/7')).flush(action);
  (await request('/api/actions/7/updates')).flush(history);
  (await request('/api/plans/1')).flush({
    id: 1,
    title: 'Projet stratégique 2025-2027',
  });
  (await request('/api/actions/7/comments')).flush([]);
  await navigation;
  await harness.fixture.whenStable();
  /** Answers the comment threads of regions opened since, with no comment; how many there were. */
  const flushRegionThreads = async () => {
    await harness.fixture.whenStable();
    const threads = http.match((req) => REGION_THREAD.test(req.url));
    threads.forEach((thread) => thread.flush([]));
    await harness.fixture.whenStable();
    return threads.length;
  };
  if (action.regional) {
    (await request('/api/actions/7/regions')).flush(deployments);
    await flushRegionThreads();
  }

  const page = () => required(harness.routeNativeElement);
  const stable = () => harness.fixture.whenStable();
  return {
    http,
    harness,
    page,
    stable,
    request,
    flushRegionThreads,
    text: () => page().textContent?.replace(/\s+/g, ' ') ?? '',
    /** The first button whose text is `name`. */
    button: (name: string) =>
      required(
        Array.from(page().querySelectorAll('button')).find(
          (button) => button.textContent?.trim() === name,
        ),
        `button "${name}"`,
      ),
    field: <E extends HTMLElement = HTMLInputElement>(selector: string) =>
      query<E>(page(), selector),
    type: (selector: string, value: string) => {
      const element = query<HTMLInputElement>(page(), selector);
      element.value = value;
      element.dispatchEvent(new Event('input'));
    },
    choose: (status: string) =>
      query<HTMLInputElement>(page(), `#meteo-${status}`).click(),
    submit: async () => {
      query<HTMLButtonElement>(page(), 'form button[type=submit]').click();
      await stable();
    },
  };
}

export type ActionPage = Awaited<ReturnType<typeof openActionPage>>;
