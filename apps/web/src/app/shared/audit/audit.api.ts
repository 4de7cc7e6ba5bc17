import { HttpClient, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AuditEventPayload, AuditQuery } from '@boussole/domain';
import { Observable, map } from 'rxjs';

/** One page of an audit trail and how many events match in all (`X-Total-Count`). */
export interface AuditPage {
  items: AuditEventPayload[];
  total: number;
}

/**
 * The URL of one page of the trail (DESIGN §5), its parameters in a fixed order and the empty
 * ones left out.
 */
export function auditUrl(query: AuditQuery): string {
  const params = new URLSearchParams();
  const keys = [
    'entity',
    'id',
    'actor',
    'from',
    'to',
    'page',
    'pageSize',
  ] as const;
  for (const key of keys) {
    const value = query[key];
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `/api/audit?${text}` : '/api/audit';
}

/** `GET /api/audit`, read by admins and directors (account events by admins only). */
@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  search(query: AuditQuery): Observable<AuditPage> {
    return this.http
      .get<AuditEventPayload[]>(auditUrl(query), { observe: 'response' })
      .pipe(map((response) => toPage(response)));
  }
}

function toPage(response: HttpResponse<AuditEventPayload[]>): AuditPage {
  const items = response.body ?? [];
  const total = Number(response.headers.get('X-Total-Count'));
  // Without the header, the page is taken for the whole trail.
  return {
    items,
    total: Number.isFinite(total) && total > 0 ? total : items.length,
  };
}
