// First of all: the page's language, so that the app's texts load translated.
import './app/core/i18n/translate-page';
import { bootstrapApplication } from '@angular/platform-browser';
import { appConfig } from './app/app.config';
import { App } from './app/app';
import { startEarlyReads } from './app/core/http/early-reads';

// Before Angular starts: the first reads of the page opened (they would otherwise wait for the
// session, then the route's code, then the page), and the dashboard's code, which the router would
// only fetch once the session is known.
startEarlyReads(location);
if (/^\/plans\/\d+\/?$/.test(location.pathname)) {
  void import('./app/features/plans/plans.routes');
}

bootstrapApplication(App, appConfig).catch((error: unknown) =>
  console.error(error),
);
