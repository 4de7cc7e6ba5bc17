import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  defaultPlan,
  type ActionDetail,
  type IndicatorDetail,
  type IndicatorListItem,
  type MeasurementPayload,
  type MeasurementRequest,
  type PlanSummary,
} from '@boussole/domain';
import { Observable, map } from 'rxjs';

const indicatorUrl = (id: number | string) =>
  `/api/indicators/${encodeURIComponent(String(id))}`;

/** The indicators endpoints. */
@Injectable({ providedIn: 'root' })
export class IndicatorsApi {
  private readonly http = inject(HttpClient);

  /** The plan asked for (`?plan=`), else the default plan (the domain's rule). */
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

  /** `GET /api/indicators?plan=`: the plan's indicators with their latest value and achievement. */
  list(planId: number): Observable<IndicatorListItem[]> {
    return this.http.get<IndicatorListItem[]>('/api/indicators', {
      params: new HttpParams().set('plan', String(planId)),
    });
  }

  /** `GET /api/indicators/:id`: one indicator with all its measurements and its trajectory. */
  get(id: number | string): Observable<IndicatorDetail> {
    return this.http.get<IndicatorDetail>(indicatorUrl(id));
  }

  /** `GET /api/actions/:id`: only the owning unit is used, for the policy. */
  actionUnit(actionId: number): Observable<string> {
    return this.http
      .get<ActionDetail>(`/api/actions/${encodeURIComponent(String(actionId))}`)
      .pipe(map((action) => action.unit.code));
  }

  /** `POST /api/indicators/:id/measurements`: 400 (`fields`), 403 (`message`) when refused. */
  addMeasurement(
    id: number,
    body: MeasurementRequest,
  ): Observable<MeasurementPayload> {
    return this.http.post<MeasurementPayload>(
      `${indicatorUrl(id)}/measurements`,
      body,
    );
  }
}
