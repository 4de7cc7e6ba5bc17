import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ActionDetail,
  PlanSummary,
  StatusUpdatePayload,
  StatusUpdateRequest,
  StatusUpdateResponse,
} from '@boussole/domain';
import { Observable } from 'rxjs';

const actionUrl = (id: number | string) =>
  `/api/actions/${encodeURIComponent(String(id))}`;

/** The endpoints of one action's page. */
@Injectable({ providedIn: 'root' })
export class ActionApi {
  private readonly http = inject(HttpClient);

  /** `GET /api/actions/:id`: the action with its current state, milestones, indicators, signals. */
  get(id: number | string): Observable<ActionDetail> {
    return this.http.get<ActionDetail>(actionUrl(id));
  }

  /** `GET /api/actions/:id/updates`: the action's status updates, newest first. */
  history(id: number | string): Observable<StatusUpdatePayload[]> {
    return this.http.get<StatusUpdatePayload[]>(`${actionUrl(id)}/updates`);
  }

  /**
   * `POST /api/actions/:id/updates`: a new status update. Fails with 400 (`fields`), 403, or 409
   * (axis locked for the cycle, or a stale `version`: the body then carries the `current` action).
   */
  postUpdate(
    id: number | string,
    body: StatusUpdateRequest,
  ): Observable<StatusUpdateResponse> {
    return this.http.post<StatusUpdateResponse>(
      `${actionUrl(id)}/updates`,
      body,
    );
  }

  /** `GET /api/plans/:id`: only its title is used, for the breadcrumb. */
  plan(id: number | string): Observable<PlanSummary> {
    return this.http.get<PlanSummary>(
      `/api/plans/${encodeURIComponent(String(id))}`,
    );
  }
}
