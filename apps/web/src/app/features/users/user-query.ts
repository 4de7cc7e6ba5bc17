import type { Params } from '@angular/router';
import { isRegionCode, isRole, UNIT_CODES, type Role } from '@boussole/domain';

/** Rows per page of the users list. */
export const USERS_PAGE_SIZE = 20;

/** The search, filters and page of the users list, as its URL holds them (so a view is a link). */
export interface UserQuery {
  /** Name or e-mail. */
  q: string;
  role: Role | null;
  /** A unit's code (PF, RH…). */
  unit: string | null;
  /** A region's INSEE code. */
  region: string | null;
  /** null: active and deactivated users alike. */
  active: boolean | null;
  /** 1-based. */
  page: number;
}

export const EMPTY_USER_QUERY: UserQuery = {
  q: '',
  role: null,
  unit: null,
  region: null,
  active: null,
  page: 1,
};

/** Reads the URL's query parameters, ignoring what is not valid. */
export function parseUserQuery(params: Params): UserQuery {
  const text = (name: string): string | null => {
    const value: unknown = params[name];
    return typeof value === 'string' && value.trim() !== ''
      ? value.trim()
      : null;
  };
  const role = text('role');
  const unit = text('unit');
  const region = text('region');
  const active = text('active');
  const page = Number(text('page'));
  return {
    q: text('q') ?? '',
    role: isRole(role) ? role : null,
    unit: unit !== null && UNIT_CODES.includes(unit) ? unit : null,
    region: isRegionCode(region) ? region : null,
    active: active === 'true' ? true : active === 'false' ? false : null,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The URL's query parameters: defaults are left out (null removes them), so links stay short. */
export function toUserQueryParams(query: UserQuery): Params {
  return {
    q: query.q.trim() || null,
    role: query.role,
    unit: query.unit,
    region: query.region,
    active: query.active === null ? null : String(query.active),
    page: query.page > 1 ? String(query.page) : null,
  };
}

/** The parameters of `GET /api/users`. */
export function toUserApiParams(query: UserQuery): Record<string, string> {
  const params: Record<string, string> = {};
  if (query.q.trim()) params['q'] = query.q.trim();
  if (query.role) params['role'] = query.role;
  if (query.unit) params['unit'] = query.unit;
  if (query.region) params['region'] = query.region;
  if (query.active !== null) params['active'] = String(query.active);
  params['page'] = String(query.page);
  params['pageSize'] = String(USERS_PAGE_SIZE);
  return params;
}

/** Whether any filter (not the page) narrows the list. */
export function hasUserFilters(query: UserQuery): boolean {
  return Boolean(
    query.q.trim() ||
      query.role ||
      query.unit ||
      query.region ||
      query.active !== null,
  );
}
