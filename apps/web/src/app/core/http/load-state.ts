import { computed, type Signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import {
  Observable,
  catchError,
  filter,
  map,
  of,
  startWith,
  switchMap,
} from 'rxjs';
import { apiErrorMessage, apiErrorStatus } from './api-error';

/** What a page knows about data it is fetching: still loading, there, or failed (with its message). */
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

/**
 * The load state of `request(source())`, fetched again whenever the source changes (a route
 * parameter, a filter); in an injection context, like `toSignal`. Each change of `refresh` (a
 * live screen's `liveRefresh`) fetches it again quietly: the value stays on screen until the new
 * one is there, and a failed refresh keeps it. `request` is told which loads are such refetches
 * (`refetch`), to ask for figures that hold the change announced (`REFETCH_HEADERS`).
 */
export function loadFrom<S, T>(
  source: Signal<S>,
  request: (value: S, refetch: boolean) => Observable<T>,
  refresh?: Signal<number>,
): Signal<LoadState<T>> {
  const ticks = refresh ? toObservable(refresh) : of(0);
  return toSignal(
    toObservable(source).pipe(
      switchMap((value) =>
        ticks.pipe(
          switchMap((_, index) =>
            index === 0
              ? toLoadState(request(value, false))
              : toLoadState(request(value, true)).pipe(
                  filter((state) => state.status === 'ready'),
                ),
          ),
        ),
      ),
    ),
    { initialValue: LOADING },
  );
}

/** The value once there, else null: what a template shows. */
export function readyValue<T>(state: Signal<LoadState<T>>): Signal<T | null> {
  return computed(() => {
    const current = state();
    return current.status === 'ready' ? current.value : null;
  });
}

/** The message of a failed load, else null. */
export function loadError(
  state: Signal<LoadState<unknown>>,
): Signal<string | null> {
  return computed(() => {
    const current = state();
    return current.status === 'error' ? current.message : null;
  });
}
