import type { Params } from '@angular/router';
import type { AuditQuery } from '@boussole/domain';

/** Events per page of the journal. */
export const JOURNAL_PAGE_SIZE = 50;

/**
 * The journal's filters and page, as its URL holds them (so that a view is a link). Record type,
 * id and days are kept as typed: the API checks them and says in French what is wrong (an id
 * without a type, a start after the end, a day that does not exist).
 */
export interface AuditJournalQuery {
  entity: string | null;
  id: string | null;
  /** A user's id; only an integer can be chosen. */
  actor: number | null;
  from: string | null;
  to: string | null;
  /** 1-based. */
  page: number;
}

export type AuditJournalFilters = Omit<AuditJournalQuery, 'page'>;

export const EMPTY_JOURNAL_QUERY: AuditJournalQuery = {
  entity: null,
  id: null,
  actor: null,
  from: null,
  to: null,
  page: 1,
};

export function parseJournalQuery(params: Params): AuditJournalQuery {
  const text = (name: string): string | null => {
    const value: unknown = params[name];
    return typeof value === 'string' && value.trim() !== ''
      ? value.trim()
      : null;
  };
  const actor = Number(text('actor'));
  const page = Number(text('page'));
  return {
    entity: text('entity'),
    id: text('id'),
    actor: Number.isInteger(actor) && actor >= 1 ? actor : null,
    from: text('from'),
    to: text('to'),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The URL's query parameters: what is not set is left out (null removes it). */
export function toJournalParams(query: AuditJournalQuery): Params {
  return {
    entity: query.entity,
    id: query.id,
    actor: query.actor === null ? null : String(query.actor),
    from: query.from,
    to: query.to,
    page: query.page > 1 ? String(query.page) : null,
  };
}

/** The parameters of `GET /api/audit`. */
export function toAuditQuery(query: AuditJournalQuery): AuditQuery {
  const result: AuditQuery = {};
  if (query.entity) result.entity = query.entity;
  if (query.id) result.id = query.id;
  if (query.actor !== null) result.actor = query.actor;
  if (query.from) result.from = query.from;
  if (query.to) result.to = query.to;
  result.page = query.page;
  result.pageSize = JOURNAL_PAGE_SIZE;
  return result;
}

export function hasJournalFilters(query: AuditJournalQuery): boolean {
  return Boolean(
    query.entity || query.id || query.actor !== null || query.from || query.to,
  );
}
