import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CyclePayload,
  IsoDate,
  PlanChanges,
  PlanProgressHistory,
  PlanRollup,
  RollupExplainPage,
} from '@boussole/domain';
import { Observable, map } from 'rxjs';
import { REFETCH_HEADERS } from '../../core/live/refetch-headers';

/**
 * The roll-up node whose "Comment est-ce calculé ?" lists are fetched: its plan, `plan`,
 * `axis:<id>` or `objective:<id>`, and the date its figures are as of.
 */
export interface ExplainSource {
  readonly planId: number | string;
  readonly node: string;
  readonly asOf: IsoDate;
}

/** The tracking endpoints of a plan: its roll-up, what changed, its reporting cycles. */
@Injectable({ providedIn: 'root' })
export class RollupApi {
  private readonly http = inject(HttpClient);

  /**
   * `GET /api/plans/:id/rollup[?asOf=]`: today's figures, or those as of a past date. `refetch`:
   * after a live event, figures that hold the write it announced (`REFETCH_HEADERS`).
   */
  rollup(
    planId: number | string,
    asOf?: IsoDate | null,
    refetch = false,
  ): Observable<PlanRollup> {
    const params = asOf ? new HttpParams().set('asOf', asOf) : undefined;
    return this.http.get<PlanRollup>(`${planPath(planId)}/rollup`, {
      params,
      headers: refetch ? REFETCH_HEADERS : undefined,
    });
  }

  /**
   * `GET /api/plans/:id/rollup/explain?node=&asOf=&page=&pageSize=`: one page of the node's
   * actions, the counted ones first, then those left out with why; the roll-up itself carries none.
   */
  explain(
    source: ExplainSource,
    page: number,
    pageSize: number,
  ): Observable<RollupExplainPage> {
    return this.http.get<RollupExplainPage>(
      `${planPath(source.planId)}/rollup/explain`,
      {
        params: new HttpParams()
          .set('node', source.node)
          .set('asOf', source.asOf)
          .set('page', String(page))
          .set('pageSize', String(pageSize)),
      },
    );
  }

  /** `GET /api/plans/:id/changes?since=`: the actions whose status or progress moved since then. */
  changes(
    planId: number | string,
    since: IsoDate,
    refetch = false,
  ): Observable<PlanChanges> {
    return this.http.get<PlanChanges>(`${planPath(planId)}/changes`, {
      params: new HttpParams().set('since', since),
      headers: refetch ? REFETCH_HEADERS : undefined,
    });
  }

  /**
   * `GET /api/plans/:id/changes?sinceCycle=`: today against what a cycle froze (a French 400 when
   * it froze nothing yet).
   */
  changesSinceCycle(
    planId: number | string,
    cycleId: number,
    refetch = false,
  ): Observable<PlanChanges> {
    return this.http.get<PlanChanges>(`${planPath(planId)}/changes`, {
      params: new HttpParams().set('sinceCycle', String(cycleId)),
      headers: refetch ? REFETCH_HEADERS : undefined,
    });
  }

  /** `GET /api/plans/:id/snapshots`: each axis's frozen progress, cycle by cycle, oldest first. */
  history(planId: number | string): Observable<PlanProgressHistory> {
    return this.http.get<PlanProgressHistory>(`${planPath(planId)}/snapshots`);
  }

  /** `GET /api/cycles?plan=`: the plan's reporting cycles, oldest first. */
  cycles(planId: number | string): Observable<CyclePayload[]> {
    return this.http
      .get<CyclePayload[]>('/api/cycles', {
        params: new HttpParams().set('plan', String(planId)),
      })
      .pipe(
        map((cycles) =>
          [...cycles].sort((a, b) => a.opensOn.localeCompare(b.opensOn)),
        ),
      );
  }
}

function planPath(planId: number | string): string {
  return `/api/plans/${encodeURIComponent(String(planId))}`;
}
