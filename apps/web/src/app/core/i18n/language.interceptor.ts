import type { HttpInterceptorFn } from '@angular/common/http';
import { pageLanguage } from './page-language';

/**
 * Tells the API the page's language, so that its errors come in it (`Accept-Language`). The data
 * itself is the same in both languages: only human messages follow the header.
 */
export const languageInterceptor: HttpInterceptorFn = (request, next) =>
  next(
    request.url.startsWith('/api/') && !request.headers.has('Accept-Language')
      ? request.clone({ setHeaders: { 'Accept-Language': pageLanguage() } })
      : request,
  );
