import { registerLocaleData } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import localeFr from '@angular/common/locales/fr';
import { Component, LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  provideRouter,
  withComponentInputBinding,
  type Routes,
} from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { query, required } from './query';

/** Test helpers for a page of the app behind the router, its requests left to the test. */

@Component({ template: '<h1>Autre page</h1>' })
class StubPageComponent {}

/**
 * `check()` once it stops throwing (requests are sent after asynchronous rendering and lazy
 * loading); the bound is generous because the machine may be busy, not because it is measured.
 */
export async function eventually<T>(check: () => T): Promise<T> {
  const deadline = Date.now() + 5000;
  for (;;) {
    try {
      return check();
    } catch (error: unknown) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
}

/** A page of the app at `url`, with the routes given (any other URL shows a stub page). */
export async function openPage(url: string, routes: Routes) {
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
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const harness = await RouterTestingHarness.create();
  const navigation = harness.navigateByUrl(url);
  const view = {
    http,
    harness,
    navigation,
    page: () => required(harness.routeNativeElement, 'page'),
    /** Lets the pages' awaited requests go on (microtasks), then waits for the rendering. */
    stable: async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await harness.fixture.whenStable();
    },
    /** The one pending request whose URL (without its query) is `url`. */
    request: (url: string | ((request: TestRequest['request']) => boolean)) =>
      eventually(() =>
        http.expectOne(
          typeof url === 'string' ? (request) => request.url === url : url,
        ),
      ),
    field: <E extends HTMLElement = HTMLInputElement>(selector: string) =>
      query<E>(view.page(), selector),
    type: (selector: string, value: string) => {
      const input = query<HTMLInputElement>(view.page(), selector);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    },
    choose: (selector: string, value: string) => {
      const select = query<HTMLSelectElement>(view.page(), selector);
      select.value = value;
      select.dispatchEvent(new Event('change'));
    },
    button: (text: string) => {
      const found = Array.from(
        document.querySelectorAll<HTMLButtonElement | HTMLAnchorElement>(
          'button, a',
        ),
      ).find((candidate) => candidate.textContent?.trim() === text);
      return required(found, `button « ${text} »`);
    },
    /** The DSFR error state of the group around `selector`, and its message. */
    errorOf: (selector: string) => {
      const control = query<HTMLElement>(view.page(), selector);
      const group = required(
        control.closest('.fr-input-group, .fr-select-group'),
        'group',
      );
      const messages = view
        .page()
        .querySelector(
          `#${control.getAttribute('aria-describedby')?.split(' ')[0]}`,
        );
      return {
        inError:
          group.classList.contains('fr-input-group--error') ||
          group.classList.contains('fr-select-group--error'),
        message: messages?.textContent?.trim() ?? '',
      };
    },
    text: () => view.page().textContent?.replace(/\s+/g, ' ') ?? '',
  };
  return view;
}

export type PageView = Awaited<ReturnType<typeof openPage>>;
