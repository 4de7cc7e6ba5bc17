import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CycleCreateRequest, CyclePatchRequest } from '@boussole/domain';
import { Observable } from 'rxjs';
import type { AdminCycle } from '../admin-types';

/** The reporting cycles of a plan (DESIGN §5). */
@Injectable({ providedIn: 'root' })
export class CyclesAdminApi {
  private readonly http = inject(HttpClient);

  list(planId: number): Observable<AdminCycle[]> {
    return this.http.get<AdminCycle[]>('/api/cycles', {
      params: { plan: String(planId) },
    });
  }

  create(body: CycleCreateRequest): Observable<AdminCycle> {
    return this.http.post<AdminCycle>('/api/cycles', body);
  }

  /** Label and dates while not closed, or `state` planned → open → closed; `version` required. */
  patch(
    cycleId: number,
    body: CyclePatchRequest & { version: number },
  ): Observable<AdminCycle> {
    return this.http.patch<AdminCycle>(
      `/api/cycles/${encodeURIComponent(String(cycleId))}`,
      body,
    );
  }
}
