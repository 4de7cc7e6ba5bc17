import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ActionListItem } from '@boussole/domain';
import { Observable, map } from 'rxjs';
import { REFETCH_HEADERS } from '../../core/live/refetch-headers';

/** One page of actions and how many match in all. */
export interface ActionPage {
  items: ActionListItem[];
  total: number;
}

/** `GET /api/actions`: search and filter actions, one page at a time. */
@Injectable({ providedIn: 'root' })
export class ActionsApi {
  private readonly http = inject(HttpClient);

  /**
   * The total comes from the `X-Total-Count` header (DESIGN §5). `refetch`: after a live event,
   * a page that holds the write it announced (`REFETCH_HEADERS`).
   */
  list(
    params: Record<string, string>,
    refetch = false,
  ): Observable<ActionPage> {
    return this.http
      .get<ActionListItem[]>('/api/actions', {
        params: new HttpParams({ fromObject: params }),
        headers: refetch ? REFETCH_HEADERS : undefined,
        observe: 'response',
      })
      .pipe(
        map((response) => {
          const items = response.body ?? [];
          const total = Number(response.headers.get('X-Total-Count'));
          return {
            items,
            total:
              Number.isFinite(total) && response.headers.has('X-Total-Count')
                ? total
                : items.length,
          };
        }),
      );
  }
}
