import type { Params } from '@angular/router';
import {
  ACTION_LIST_SIGNALS,
  ACTION_SORTS,
  REGION_CODES,
  isStatus,
  type ActionListSignal,
  type ActionSort,
  type Status,
} from '@boussole/domain';

/** A sort key, descending when prefixed with `-` (`-dueDate`). */
export type SortParam = ActionSort | `-${ActionSort}`;

export const DEFAULT_SORT: SortParam = 'code';

/**
 * The filters, search, sort and page of a list of actions, as its URL holds them (the plan's list
 * and an axis's). Ids stay strings, as the URL gives them.
 */
export interface ActionQuery {
  /** An axis's id. */
  axis: string | null;
  /** An objective's id. */
  objective: string | null;
  /** A unit's code (PF, RH…). */
  unit: string | null;
  /** The responsible user's id. */
  owner: string | null;
  status: Status | null;
  /** The signals every listed action carries (all of them), in the order of the domain. */
  signals: readonly ActionListSignal[];
  /** The INSEE code of a region the action is deployed in. */
  region: string | null;
  /** Code or title. */
  q: string;
  sort: SortParam;
  /** 1-based. */
  page: number;
}

export const EMPTY_QUERY: ActionQuery = {
  axis: null,
  objective: null,
  unit: null,
  owner: null,
  status: null,
  signals: [],
  region: null,
  q: '',
  sort: DEFAULT_SORT,
  page: 1,
};

export function isSortParam(value: unknown): value is SortParam {
  if (typeof value !== 'string') return false;
  const key = value.startsWith('-') ? value.slice(1) : value;
  return (ACTION_SORTS as readonly string[]).includes(key);
}

export function isActionListSignal(value: unknown): value is ActionListSignal {
  return (ACTION_LIST_SIGNALS as readonly unknown[]).includes(value);
}

/** The known signals of a comma list, each once, in the domain's order. */
export function parseSignals(value: string | null): ActionListSignal[] {
  const listed = new Set((value ?? '').split(','));
  return ACTION_LIST_SIGNALS.filter((kind) => listed.has(kind));
}

/** Reads the URL's query parameters, ignoring what is not valid. */
export function parseActionQuery(params: Params): ActionQuery {
  const text = (name: string): string | null => {
    const value: unknown = params[name];
    return typeof value === 'string' && value.trim() !== ''
      ? value.trim()
      : null;
  };
  const id = (name: string): string | null => {
    const value = text(name);
    return value && /^[1-9][0-9]*$/.test(value) ? value : null;
  };
  const page = Number(text('page'));
  const sort = text('sort');
  const status = text('status');
  const region = text('region');
  const signals = new Set(parseSignals(text('signal')));
  // Links made before `signal=` said `overdue=true` and `stale=true`: they still work.
  if (text('overdue') === 'true') signals.add('overdue');
  if (text('stale') === 'true') signals.add('stale');
  return {
    axis: id('axis'),
    objective: id('objective'),
    unit: text('unit'),
    owner: id('owner'),
    status: isStatus(status) ? status : null,
    signals: ACTION_LIST_SIGNALS.filter((kind) => signals.has(kind)),
    region: region && REGION_CODES.includes(region) ? region : null,
    q: text('q') ?? '',
    sort: isSortParam(sort) ? sort : DEFAULT_SORT,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The URL's query parameters: defaults are left out (null removes them), so links stay short. */
export function toQueryParams(query: ActionQuery): Params {
  return {
    axis: query.axis,
    objective: query.objective,
    unit: query.unit,
    owner: query.owner,
    status: query.status,
    signal: query.signals.length ? query.signals.join(',') : null,
    region: query.region,
    q: query.q.trim() || null,
    sort: query.sort === DEFAULT_SORT ? null : query.sort,
    page: query.page > 1 ? String(query.page) : null,
    // Old names, read by parseActionQuery and written as `signal`.
    overdue: null,
    stale: null,
  };
}

/**
 * The parameters of `GET /api/actions`: the query within a scope the page fixes (its plan, or its
 * axis, which then wins over the query's).
 */
export function toApiParams(
  scope: { plan?: number | string; axis?: number | string },
  query: ActionQuery,
  pageSize: number,
): Record<string, string> {
  const params: Record<string, string> = {};
  if (scope.plan !== undefined) params['plan'] = String(scope.plan);
  const axis = scope.axis ?? query.axis;
  if (axis) params['axis'] = String(axis);
  if (query.objective) params['objective'] = query.objective;
  if (query.unit) params['unit'] = query.unit;
  if (query.owner) params['owner'] = query.owner;
  if (query.status) params['status'] = query.status;
  if (query.signals.length) params['signal'] = query.signals.join(',');
  if (query.region) params['region'] = query.region;
  if (query.q.trim()) params['q'] = query.q.trim();
  params['sort'] = query.sort;
  params['page'] = String(query.page);
  params['pageSize'] = String(pageSize);
  return params;
}

/** The next sort when a column header is pressed: ascending first, then the other way. */
export function nextSort(current: SortParam, key: ActionSort): SortParam {
  return current === key ? `-${key}` : key;
}

/** `aria-sort` of a column. */
export function ariaSort(
  current: SortParam,
  key: ActionSort,
): 'ascending' | 'descending' | 'none' {
  if (current === key) return 'ascending';
  if (current === `-${key}`) return 'descending';
  return 'none';
}

/** Whether any filter (not the sort or page) narrows the list. */
export function hasFilters(query: ActionQuery): boolean {
  return Boolean(
    query.axis ||
      query.objective ||
      query.unit ||
      query.owner ||
      query.status ||
      query.signals.length ||
      query.region ||
      query.q.trim(),
  );
}
