import type { Params } from '@angular/router';
import {
  ACTION_SORTS,
  isStatus,
  type ActionSort,
  type Status,
} from '@boussole/domain';

/** Rows per page of the axis's actions. */
export const PAGE_SIZE = 20;

/** A sort key, descending when prefixed with `-` (`-dueDate`). */
export type SortParam = ActionSort | `-${ActionSort}`;

export const DEFAULT_SORT: SortParam = 'code';

/** The filters, search, sort and page of the axis page's action list, as its URL holds them. */
export interface ActionQuery {
  /** An objective's id. */
  objective: string | null;
  /** A unit's code (PF, RH…). */
  unit: string | null;
  status: Status | null;
  overdue: boolean;
  stale: boolean;
  /** Code or title. */
  q: string;
  sort: SortParam;
  /** 1-based. */
  page: number;
}

export const EMPTY_QUERY: ActionQuery = {
  objective: null,
  unit: null,
  status: null,
  overdue: false,
  stale: false,
  q: '',
  sort: DEFAULT_SORT,
  page: 1,
};

export function isSortParam(value: unknown): value is SortParam {
  if (typeof value !== 'string') return false;
  const key = value.startsWith('-') ? value.slice(1) : value;
  return (ACTION_SORTS as readonly string[]).includes(key);
}

/** Reads the URL's query parameters, ignoring what is not valid. */
export function parseActionQuery(params: Params): ActionQuery {
  const text = (name: string): string | null => {
    const value: unknown = params[name];
    return typeof value === 'string' && value.trim() !== ''
      ? value.trim()
      : null;
  };
  const page = Number(text('page'));
  const sort = text('sort');
  const status = text('status');
  return {
    objective: text('objective'),
    unit: text('unit'),
    status: isStatus(status) ? status : null,
    overdue: text('overdue') === 'true',
    stale: text('stale') === 'true',
    q: text('q') ?? '',
    sort: isSortParam(sort) ? sort : DEFAULT_SORT,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The URL's query parameters: defaults are left out (null removes them), so links stay short. */
export function toQueryParams(query: ActionQuery): Params {
  return {
    objective: query.objective,
    unit: query.unit,
    status: query.status,
    overdue: query.overdue ? 'true' : null,
    stale: query.stale ? 'true' : null,
    q: query.q.trim() || null,
    sort: query.sort === DEFAULT_SORT ? null : query.sort,
    page: query.page > 1 ? String(query.page) : null,
  };
}

/** The parameters of `GET /api/actions` for one axis. */
export function toApiParams(
  axisId: number | string,
  query: ActionQuery,
): Record<string, string> {
  const params: Record<string, string> = { axis: String(axisId) };
  if (query.objective) params['objective'] = query.objective;
  if (query.unit) params['unit'] = query.unit;
  if (query.status) params['status'] = query.status;
  if (query.overdue) params['overdue'] = 'true';
  if (query.stale) params['stale'] = 'true';
  if (query.q.trim()) params['q'] = query.q.trim();
  params['sort'] = query.sort;
  params['page'] = String(query.page);
  params['pageSize'] = String(PAGE_SIZE);
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
    query.objective ||
      query.unit ||
      query.status ||
      query.overdue ||
      query.stale ||
      query.q.trim(),
  );
}
