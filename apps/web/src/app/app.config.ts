import { registerLocaleData } from '@angular/common';
import {
  provideHttpClient,
  withFetch,
  withInterceptors,
} from '@angular/common/http';
import localeEnGb from '@angular/common/locales/en-GB';
import localeFr from '@angular/common/locales/fr';
import {
  ApplicationConfig,
  LOCALE_ID,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import {
  TitleStrategy,
  provideRouter,
  withComponentInputBinding,
  withInMemoryScrolling,
} from '@angular/router';
import { appRoutes } from './app.routes';
import { languageInterceptor } from './core/i18n/language.interceptor';
import { pageLanguage } from './core/i18n/page-language';
import { authRedirectInterceptor } from './core/http/auth-redirect.interceptor';
import { earlyReadsInterceptor } from './core/http/early-reads.interceptor';
import { PageTitleStrategy } from './core/layout/page-title.strategy';

// Dates as 24/11/2026, numbers as 1 234,5, percentages as 42 % (in English 1,234.5 and 42%).
registerLocaleData(localeFr);
registerLocaleData(localeEnGb);

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideHttpClient(
      withFetch(),
      // After the redirection on 401, so that an answer read early is seen by it like any other.
      withInterceptors([
        languageInterceptor,
        authRedirectInterceptor,
        earlyReadsInterceptor(),
      ]),
    ),
    provideRouter(
      appRoutes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'enabled' }),
    ),
    { provide: TitleStrategy, useClass: PageTitleStrategy },
    { provide: LOCALE_ID, useFactory: () => (pageLanguage() === 'en' ? 'en-GB' : 'fr-FR') },
  ],
};
