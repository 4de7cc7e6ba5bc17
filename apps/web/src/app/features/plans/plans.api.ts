import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { PlanDetail, PlanSummary } from '@boussole/domain';
import { Observable } from 'rxjs';

/** The plans endpoints of the API. */
@Injectable({ providedIn: 'root' })
export class PlansApi {
  private readonly http = inject(HttpClient);

  /** `GET /api/plans`: every plan, newest first as the API orders them. */
  list(): Observable<PlanSummary[]> {
    return this.http.get<PlanSummary[]>('/api/plans');
  }

  /** `GET /api/plans/:id`: one plan with its axes, objectives and current reporting cycle. */
  get(id: number | string): Observable<PlanDetail> {
    return this.http.get<PlanDetail>(
      `/api/plans/${encodeURIComponent(String(id))}`,
    );
  }
}
