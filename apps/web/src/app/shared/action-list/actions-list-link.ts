import type { Params } from '@angular/router';
import {
  ACTION_LIST_SIGNALS,
  type ActionListSignal,
  type Status,
} from '@boussole/domain';
import { EMPTY_QUERY, toQueryParams, type SortParam } from './action-query';

/** What a link to the plan's list of actions may filter on; ids as numbers or strings. */
export interface ActionListFilters {
  axis?: number | string | null;
  objective?: number | string | null;
  unit?: string | null;
  owner?: number | string | null;
  status?: Status | null;
  signal?: ActionListSignal | readonly ActionListSignal[] | null;
  region?: string | null;
  q?: string;
  sort?: SortParam;
}

/** A router link: `[routerLink]="link.commands" [queryParams]="link.queryParams"`. */
export interface ActionsListLink {
  commands: readonly (string | number)[];
  queryParams: Params;
}

/**
 * The one way to link to `/plans/:planId/actions`, filtered: every signal count and "voir les
 * actions…" link goes through it, so that they all speak the list's URL.
 */
export function actionsListLink(
  planId: number | string,
  filters: ActionListFilters = {},
): ActionsListLink {
  const id = (value: number | string | null | undefined) =>
    value === null || value === undefined ? null : String(value);
  const signal = filters.signal;
  const params = toQueryParams({
    ...EMPTY_QUERY,
    axis: id(filters.axis),
    objective: id(filters.objective),
    unit: filters.unit ?? null,
    owner: id(filters.owner),
    status: filters.status ?? null,
    // In the domain's order, as the list writes them: one view, one URL.
    signals: ACTION_LIST_SIGNALS.filter((kind) =>
      typeof signal === 'string' ? kind === signal : signal?.includes(kind),
    ),
    region: filters.region ?? null,
    q: filters.q ?? '',
    sort: filters.sort ?? EMPTY_QUERY.sort,
  });
  // A link carries only what it sets: no nulls in its URL.
  const queryParams = Object.fromEntries(
    Object.entries(params).filter(([, value]) => value !== null),
  );
  return { commands: ['/plans', planId, 'actions'], queryParams };
}
