import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  defaultPlan,
  type PlanSummary,
  type RegionRollup,
  type RegionSummary,
} from '@boussole/domain';
import { Observable, map, of, switchMap } from 'rxjs';

export interface PlanData<T> {
  plan: PlanSummary;
  value: T;
}

/** The regional roll-out endpoints. */
@Injectable({ providedIn: 'root' })
export class RegionsApi {
  private readonly http = inject(HttpClient);

  /** The plan asked for (`?plan=`), else the default plan (`GET /api/plans`, the domain's rule). */
  plan(planId: string | null | undefined): Observable<PlanSummary | null> {
    return this.http
      .get<PlanSummary[]>('/api/plans')
      .pipe(
        map((plans) =>
          planId
            ? (plans.find((plan) => String(plan.id) === planId) ?? null)
            : defaultPlan(plans),
        ),
      );
  }

  /** `GET /api/regions?plan=`: the 18 regions with their progress, rank and counts. */
  list(planId: number): Observable<RegionSummary[]> {
    return this.http.get<RegionSummary[]>('/api/regions', {
      params: new HttpParams().set('plan', String(planId)),
    });
  }

  /** `GET /api/regions/:code/rollup?plan=`: one region's figures and deployments. */
  rollup(code: string, planId: number): Observable<RegionRollup> {
    return this.http.get<RegionRollup>(
      `/api/regions/${encodeURIComponent(code)}/rollup`,
      { params: new HttpParams().set('plan', String(planId)) },
    );
  }

  /** The plan, then what `load` fetches for it; `null` for both when there is no such plan. */
  forPlan<T>(
    planId: string | null | undefined,
    load: (plan: PlanSummary) => Observable<T>,
  ): Observable<PlanData<T> | null> {
    return this.plan(planId).pipe(
      switchMap((plan) =>
        plan ? load(plan).pipe(map((value) => ({ plan, value }))) : of(null),
      ),
    );
  }
}
