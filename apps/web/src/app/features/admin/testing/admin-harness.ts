import { registerLocaleData } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
  type TestRequest,
} from '@angular/common/http/testing';
import localeFr from '@angular/common/locales/fr';
import { Component, LOCALE_ID, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  provideRouter,
  withComponentInputBinding,
  type Routes,
} from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CurrentUser } from '@boussole/domain';
import { AuthService } from '../../../core/auth/auth.service';
import { eventually } from '../../../testing/page';
import { query, required } from '../../../testing/query';
import { adminRoutes } from '../admin.routes';
import { ADMIN } from './admin-fixtures';

@Component({ template: '<h1>Autre page</h1>' })
class StubPageComponent {}

/**
 * The administration at `url` (or the pages of `routes`), signed in as `user`, its requests left
 * to the test to answer.
 */
export async function openAdmin(
  url: string,
  user: CurrentUser | null = ADMIN,
  routes: Routes = [{ path: 'administration', children: adminRoutes }],
) {
  registerLocaleData(localeFr);
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter(
        [...routes, { path: '**', component: StubPageComponent }],
        withComponentInputBinding(),
      ),
      { provide: LOCALE_ID, useValue: 'fr-FR' },
      {
        provide: AuthService,
        useValue: {
          user: signal(user).asReadonly(),
          ensureLoaded: () => Promise.resolve(user),
        },
      },
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const harness = await RouterTestingHarness.create();
  const navigation = harness.navigateByUrl(url);
  const page = () => required(harness.routeNativeElement, 'page');
  const view = {
    http,
    harness,
    navigation,
    page,
    /** Lets pending microtasks and timers run, then waits for the rendering. */
    stable: async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await harness.fixture.whenStable();
    },
    /** The one pending request whose URL (without its query) is `url`, and `method` if given. */
    request: (url: string, method?: string): Promise<TestRequest> =>
      eventually(() =>
        http.expectOne(
          (request) =>
            request.url === url &&
            (method === undefined || request.method === method),
        ),
      ),
    /** The dialog open now (a native <dialog> the page shows with @if). */
    dialog: () => required(document.querySelector('dialog'), 'dialog'),
    field: <E extends HTMLElement = HTMLInputElement>(selector: string) =>
      query<E>(document.body, selector),
    type: (selector: string, value: string) => {
      const input = query<HTMLInputElement>(document.body, selector);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    },
    choose: (selector: string, value: string) => {
      const select = query<HTMLSelectElement>(document.body, selector);
      select.value = value;
      select.dispatchEvent(new Event('change'));
    },
    check: (selector: string) => {
      const box = query<HTMLInputElement>(document.body, selector);
      box.click();
    },
    /** The button or link whose text (screen-reader text included) is `name`. */
    button: (name: string) => {
      const found = Array.from(
        document.querySelectorAll<HTMLElement>('button, a'),
      ).find(
        (candidate) =>
          candidate.textContent?.replace(/\s+/g, ' ').trim() === name,
      );
      return required(found, `button « ${name} »`);
    },
    /** Whether a button or link named `name` is there. */
    hasButton: (name: string) =>
      Array.from(document.querySelectorAll<HTMLElement>('button, a')).some(
        (candidate) =>
          candidate.textContent?.replace(/\s+/g, ' ').trim() === name,
      ),
    /** The DSFR error state of the group around `selector`, and its message. */
    errorOf: (selector: string) => {
      const control = query<HTMLElement>(document.body, selector);
      const group = required(
        control.closest('.fr-input-group, .fr-select-group, .fr-fieldset'),
        'group',
      );
      const messagesId = control
        .getAttribute('aria-describedby')
        ?.split(' ')[0];
      return {
        inError: /--error\b/.test(group.className),
        message:
          document.getElementById(messagesId ?? '')?.textContent?.trim() ?? '',
      };
    },
    text: () => page().textContent?.replace(/\s+/g, ' ') ?? '',
    dialogText: () =>
      document
        .querySelector('dialog')
        ?.textContent?.replace(/\s+/g, ' ')
        .trim() ?? '',
  };
  return view;
}

export type AdminView = Awaited<ReturnType<typeof openAdmin>>;
