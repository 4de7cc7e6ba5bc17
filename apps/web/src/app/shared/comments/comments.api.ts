import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CommentPatchRequest,
  CommentPayload,
  CommentRequest,
} from '@boussole/domain';
import { Observable } from 'rxjs';

/** The comment thread of an action (`regionCode` null) or of one of its regional deployments. */
export function threadUrl(actionId: number, regionCode: string | null): string {
  const action = `/api/actions/${encodeURIComponent(String(actionId))}`;
  return regionCode
    ? `${action}/regions/${encodeURIComponent(regionCode)}/comments`
    : `${action}/comments`;
}

/** The comments endpoints (DESIGN §5). */
@Injectable({ providedIn: 'root' })
export class CommentsApi {
  private readonly http = inject(HttpClient);

  /** The thread, flat: each reply follows its parent; deleted comments keep their place. */
  list(
    actionId: number,
    regionCode: string | null,
  ): Observable<CommentPayload[]> {
    return this.http.get<CommentPayload[]>(threadUrl(actionId, regionCode));
  }

  create(
    actionId: number,
    regionCode: string | null,
    body: CommentRequest,
  ): Observable<CommentPayload> {
    return this.http.post<CommentPayload>(
      threadUrl(actionId, regionCode),
      body,
    );
  }

  update(id: number, body: CommentPatchRequest): Observable<CommentPayload> {
    return this.http.patch<CommentPayload>(`/api/comments/${id}`, body);
  }

  remove(id: number): Observable<void> {
    return this.http.delete<void>(`/api/comments/${id}`);
  }
}
