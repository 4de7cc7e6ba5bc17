import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { PlanCreateRequest, PlanPatchRequest } from '@boussole/domain';
import { Observable } from 'rxjs';
import type { AdminPlan, AdminPlanSummary } from '../admin-types';

const id = (value: number | string) => encodeURIComponent(String(value));

/** The plans as the administration reads and writes them (DESIGN §5). */
@Injectable({ providedIn: 'root' })
export class PlansAdminApi {
  private readonly http = inject(HttpClient);

  list(): Observable<AdminPlanSummary[]> {
    return this.http.get<AdminPlanSummary[]>('/api/plans');
  }

  /** One plan with its axes and objectives. */
  get(planId: number | string): Observable<AdminPlan> {
    return this.http.get<AdminPlan>(`/api/plans/${id(planId)}`);
  }

  /** `POST /api/plans`: a new plan, in draft. */
  create(body: PlanCreateRequest): Observable<AdminPlan> {
    return this.http.post<AdminPlan>('/api/plans', body);
  }

  /** `PATCH /api/plans/:id`: fields, or `state` draft → active → archived; `version` required. */
  patch(
    planId: number,
    body: PlanPatchRequest & { version: number },
  ): Observable<AdminPlan> {
    return this.http.patch<AdminPlan>(`/api/plans/${id(planId)}`, body);
  }
}
