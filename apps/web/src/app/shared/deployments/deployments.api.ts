import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ActionDeployments,
  DeploymentHistory,
  DeploymentPatchRequest,
  DeploymentPayload,
} from '@boussole/domain';
import { Observable } from 'rxjs';

const regionsUrl = (actionId: number) =>
  `/api/actions/${encodeURIComponent(String(actionId))}/regions`;

/** The regional deployments of one action (DESIGN §5). */
@Injectable({ providedIn: 'root' })
export class DeploymentsApi {
  private readonly http = inject(HttpClient);

  /** `GET /api/actions/:id/regions`: the 18 deployments and their spread (none for a national action). */
  list(actionId: number): Observable<ActionDeployments> {
    return this.http.get<ActionDeployments>(regionsUrl(actionId));
  }

  /** `GET /api/actions/:id/regions/:code/history`: the region's reports on it, newest first. */
  history(actionId: number, regionCode: string): Observable<DeploymentHistory> {
    return this.http.get<DeploymentHistory>(
      `${regionsUrl(actionId)}/${encodeURIComponent(regionCode)}/history`,
    );
  }

  /**
   * `PATCH /api/actions/:id/regions/:code`: one region's météo, progress and narrative. Fails with
   * 400 (`fields`), 403 (the policy's reason), or 409 with the `current` deployment when someone
   * else changed it since `version`.
   */
  patch(
    actionId: number,
    regionCode: string,
    body: DeploymentPatchRequest & { version: number },
  ): Observable<DeploymentPayload> {
    return this.http.patch<DeploymentPayload>(
      `${regionsUrl(actionId)}/${encodeURIComponent(regionCode)}`,
      body,
    );
  }
}
