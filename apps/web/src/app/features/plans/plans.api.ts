import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { PlanDetail, PlanSummary } from '@boussole/domain';
import { Observable } from 'rxjs';
import { REFETCH_HEADERS } from '../../core/live/refetch-headers';

/** The plans endpoints of the API. */
@Injectable({ providedIn: 'root' })
export class PlansApi {
  private readonly http = inject(HttpClient);

  /** `GET /api/plans`: every plan, newest first as the API orders them. */
  list(): Observable<PlanSummary[]> {
    return this.http.get<PlanSummary[]>('/api/plans');
  }

  /**
   * `GET /api/plans/:id`: one plan with its axes, objectives and current reporting cycle.
   * `refetch`: after a live event, the plan as the write it announced left it (`REFETCH_HEADERS`).
   */
  get(id: number | string, refetch = false): Observable<PlanDetail> {
    return this.http.get<PlanDetail>(
      `/api/plans/${encodeURIComponent(String(id))}`,
      { headers: refetch ? REFETCH_HEADERS : undefined },
    );
  }
}
