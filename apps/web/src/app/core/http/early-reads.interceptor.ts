import {
  HttpHeaders,
  HttpInterceptorFn,
  HttpResponse,
} from '@angular/common/http';
import { from, of, switchMap } from 'rxjs';
import { takeEarlyRead } from './early-reads';

/**
 * Serves a GET of JSON from its early read when there is one, else (or when the early read
 * failed) sends it as usual.
 */
export function earlyReadsInterceptor(
  now: () => number = () => performance.now(),
): HttpInterceptorFn {
  return (request, next) => {
    const early =
      request.method === 'GET' && request.responseType === 'json'
        ? takeEarlyRead(request.urlWithParams, now)
        : null;
    if (!early) {
      return next(request);
    }
    return from(early).pipe(
      switchMap((answer) =>
        answer
          ? of(
              new HttpResponse({
                body: answer.body,
                status: answer.status,
                statusText: answer.statusText,
                headers: new HttpHeaders(answer.headers),
                url: request.urlWithParams,
              }),
            )
          : next(request),
      ),
    );
  };
}
