import { HttpClient, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AuditEventPayload } from '@boussole/domain';
import { Observable, map } from 'rxjs';

/** One page of an entity's audit trail and how many events it has in all (`X-Total-Count`). */
export interface AuditPage {
  items: AuditEventPayload[];
  total: number;
}

/** The URL of one page of a record's trail (DESIGN §5). */
export function auditUrl(
  entity: string,
  id: string,
  page: number,
  pageSize: number,
): string {
  const query = new URLSearchParams({
    entity,
    id,
    page: String(page),
    pageSize: String(pageSize),
  });
  return `/api/audit?${query.toString()}`;
}

/** `GET /api/audit`, read by admins and directors. */
@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  trail(
    entity: string,
    id: string,
    page: number,
    pageSize: number,
  ): Observable<AuditPage> {
    return this.http
      .get<AuditEventPayload[]>(auditUrl(entity, id, page, pageSize), {
        observe: 'response',
      })
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
