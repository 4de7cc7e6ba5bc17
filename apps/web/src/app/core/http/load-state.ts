import { Observable, catchError, map, of, startWith } from 'rxjs';
import { apiErrorMessage, apiErrorStatus } from './api-error';

/** What a page knows about data it is fetching: still loading, there, or failed (in French). */
export type LoadState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | {
      readonly status: 'error';
      readonly message: string;
      readonly httpStatus: number | null;
    };

export const LOADING: LoadState<never> = { status: 'loading' };

/** Turns a request into a stream of load states: loading first, then the value or the error. */
export function toLoadState<T>(
  request: Observable<T>,
): Observable<LoadState<T>> {
  return request.pipe(
    map((value): LoadState<T> => ({ status: 'ready', value })),
    catchError((error: unknown) =>
      of<LoadState<T>>({
        status: 'error',
        message: apiErrorMessage(error),
        httpStatus: apiErrorStatus(error),
      }),
    ),
    startWith<LoadState<T>>(LOADING),
  );
}
