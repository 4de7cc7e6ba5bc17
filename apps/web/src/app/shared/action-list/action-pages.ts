import { computed, linkedSignal, type Signal } from '@angular/core';
import {
  loadError,
  loadFrom,
  type LoadState,
} from '../../core/http/load-state';
import type { ActionPage, ActionsApi } from './actions.api';

/** A list page's actions as its template reads them. */
export interface ActionPages {
  /** The latest page received, kept on screen while the next one loads. */
  page: Signal<ActionPage | null>;
  error: Signal<string | null>;
  loading: Signal<boolean>;
}

/**
 * The pages of actions that `request` names (the API's parameters, from the URL's filters),
 * fetched again whenever they change: the plan's list and the axis page read their actions so.
 * `refresh`: a live screen's `liveRefresh`, to fetch the page again quietly. In an injection context.
 */
export function actionPages(
  api: ActionsApi,
  request: Signal<Record<string, string>>,
  refresh?: Signal<number>,
): ActionPages {
  const state = loadFrom(
    request,
    (params, refetch) => api.list(params, refetch),
    refresh,
  );
  return {
    page: linkedSignal<LoadState<ActionPage>, ActionPage | null>({
      source: state,
      computation: (current, previous) =>
        current.status === 'ready'
          ? current.value
          : current.status === 'loading'
            ? (previous?.value ?? null)
            : null,
    }),
    error: loadError(state),
    loading: computed(() => state().status === 'loading'),
  };
}
