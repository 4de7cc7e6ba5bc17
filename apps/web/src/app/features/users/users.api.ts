import { HttpClient, HttpParams, HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  InvitationPayload,
  MailOutboxPayload,
  UserCreateRequest,
  UserCreateResponse,
  UserPatchRequest,
  UserPayload,
} from '@boussole/domain';
import { Observable, map } from 'rxjs';

/** One page of a list and how many match in all (`X-Total-Count`, DESIGN §5). */
export interface ListPage<T> {
  items: T[];
  total: number;
}

/** User management (admin): `/api/users` and the mail outbox. */
@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);

  /** `GET /api/users?q=&role=&unit=&region=&active=&page=&pageSize=`. */
  list(params: Record<string, string>): Observable<ListPage<UserPayload>> {
    return this.http
      .get<UserPayload[]>('/api/users', {
        params: new HttpParams({ fromObject: params }),
        observe: 'response',
      })
      .pipe(map(toPage));
  }

  get(id: number | string): Observable<UserPayload> {
    return this.http.get<UserPayload>(`/api/users/${encodeURIComponent(id)}`);
  }

  /** Creates the user and their invitation (a one-time link valid 7 days). */
  create(body: UserCreateRequest): Observable<UserCreateResponse> {
    return this.http.post<UserCreateResponse>('/api/users', body);
  }

  /** `PATCH /api/users/:id` with the version seen: 409 with `current` when someone saved first. */
  update(id: number, body: UserPatchRequest): Observable<UserPayload> {
    return this.http.patch<UserPayload>(`/api/users/${id}`, body);
  }

  /** A new invitation or reset link; the previous one stops working. */
  newLink(id: number): Observable<InvitationPayload> {
    return this.http.post<InvitationPayload>(`/api/users/${id}/invitation`, {});
  }

  /** `GET /api/mail/outbox`: the latest messages, newest first. */
  outbox(
    params: Record<string, string>,
  ): Observable<ListPage<MailOutboxPayload>> {
    return this.http
      .get<MailOutboxPayload[]>('/api/mail/outbox', {
        params: new HttpParams({ fromObject: params }),
        observe: 'response',
      })
      .pipe(map(toPage));
  }
}

function toPage<T>(response: HttpResponse<T[]>): ListPage<T> {
  const items = response.body ?? [];
  const header = response.headers.get('X-Total-Count');
  const total = Number(header);
  return {
    items,
    total: header !== null && Number.isFinite(total) ? total : items.length,
  };
}
