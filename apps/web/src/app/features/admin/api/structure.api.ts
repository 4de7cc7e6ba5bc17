import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ActionAdminPatchRequest,
  ActionCreateRequest,
  AxisCreateRequest,
  AxisPatchRequest,
  IndicatorCreateRequest,
  IndicatorPatchRequest,
  ObjectiveCreateRequest,
  ObjectivePatchRequest,
} from '@boussole/domain';
import { EMPTY, Observable, expand, map, reduce } from 'rxjs';
import type {
  AdminAction,
  AdminAxis,
  AdminIndicator,
  AdminObjective,
} from '../admin-types';

const id = (value: number | string) => encodeURIComponent(String(value));

/** Deletions name the version seen, as edits do (428 without, 409 when stale). */
const ifMatch = (version: number) => ({
  headers: { 'If-Match': `"${version}"` },
});

/** The API's largest page of actions. */
export const ACTION_PAGE_SIZE = 200;

type WithVersion<T> = T & { version: number };

/** Axes, objectives, actions and indicators of a plan, as the administration writes them. */
@Injectable({ providedIn: 'root' })
export class StructureApi {
  private readonly http = inject(HttpClient);

  createAxis(planId: number, body: AxisCreateRequest): Observable<AdminAxis> {
    return this.http.post<AdminAxis>(`/api/plans/${id(planId)}/axes`, body);
  }

  patchAxis(
    axisId: number,
    body: WithVersion<AxisPatchRequest>,
  ): Observable<AdminAxis> {
    return this.http.patch<AdminAxis>(`/api/axes/${id(axisId)}`, body);
  }

  deleteAxis(axisId: number, version: number): Observable<void> {
    return this.http.delete<void>(`/api/axes/${id(axisId)}`, ifMatch(version));
  }

  createObjective(
    axisId: number,
    body: ObjectiveCreateRequest,
  ): Observable<AdminObjective> {
    return this.http.post<AdminObjective>(
      `/api/axes/${id(axisId)}/objectives`,
      body,
    );
  }

  patchObjective(
    objectiveId: number,
    body: WithVersion<ObjectivePatchRequest>,
  ): Observable<AdminObjective> {
    return this.http.patch<AdminObjective>(
      `/api/objectives/${id(objectiveId)}`,
      body,
    );
  }

  deleteObjective(objectiveId: number, version: number): Observable<void> {
    return this.http.delete<void>(
      `/api/objectives/${id(objectiveId)}`,
      ifMatch(version),
    );
  }

  /** Every action of the plan, fetched page after page (the API pages by 200 at most). */
  actionsOf(planId: number): Observable<AdminAction[]> {
    const page = (number: number) =>
      this.http
        .get<AdminAction[]>('/api/actions', {
          params: new HttpParams({
            fromObject: {
              plan: String(planId),
              page: String(number),
              pageSize: String(ACTION_PAGE_SIZE),
            },
          }),
          observe: 'response',
        })
        .pipe(
          map((response) => {
            const items = response.body ?? [];
            const total = Number(response.headers.get('X-Total-Count'));
            const more =
              Number.isFinite(total) &&
              items.length === ACTION_PAGE_SIZE &&
              number * ACTION_PAGE_SIZE < total;
            return { number, items, more };
          }),
        );
    return page(1).pipe(
      expand((last) => (last.more ? page(last.number + 1) : EMPTY)),
      reduce((all, last) => all.concat(last.items), [] as AdminAction[]),
    );
  }

  createAction(body: ActionCreateRequest): Observable<AdminAction> {
    return this.http.post<AdminAction>('/api/actions', body);
  }

  /** Fields, `objectiveId` to move it, `position` to reorder it; `version` required. */
  patchAction(
    actionId: number,
    body: WithVersion<ActionAdminPatchRequest>,
  ): Observable<AdminAction> {
    return this.http.patch<AdminAction>(`/api/actions/${id(actionId)}`, body);
  }

  deleteAction(actionId: number, version: number): Observable<void> {
    return this.http.delete<void>(
      `/api/actions/${id(actionId)}`,
      ifMatch(version),
    );
  }

  indicatorsOf(planId: number): Observable<AdminIndicator[]> {
    return this.http.get<AdminIndicator[]>('/api/indicators', {
      params: { plan: String(planId) },
    });
  }

  createIndicator(body: IndicatorCreateRequest): Observable<AdminIndicator> {
    return this.http.post<AdminIndicator>('/api/indicators', body);
  }

  patchIndicator(
    indicatorId: number,
    body: WithVersion<IndicatorPatchRequest>,
  ): Observable<AdminIndicator> {
    return this.http.patch<AdminIndicator>(
      `/api/indicators/${id(indicatorId)}`,
      body,
    );
  }

  deleteIndicator(indicatorId: number, version: number): Observable<void> {
    return this.http.delete<void>(
      `/api/indicators/${id(indicatorId)}`,
      ifMatch(version),
    );
  }
}
