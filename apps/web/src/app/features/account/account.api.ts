import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AccountSettingsRequest,
  CurrentUser,
  PasswordChangeRequest,
  SessionPayload,
} from '@boussole/domain';
import { Observable } from 'rxjs';

/** One's own account: settings, password and sessions (everyone, DESIGN §4). */
@Injectable({ providedIn: 'root' })
export class AccountApi {
  private readonly http = inject(HttpClient);

  /** `PATCH /api/auth/me`: one's own settings; answers with the user as they now are. */
  updateSettings(body: AccountSettingsRequest): Observable<CurrentUser> {
    return this.http.patch<CurrentUser>('/api/auth/me', body);
  }

  /** `POST /api/auth/password`: the current password is asked; the other sessions end. */
  changePassword(body: PasswordChangeRequest): Observable<void> {
    return this.http.post<void>('/api/auth/password', body);
  }

  /** `GET /api/auth/sessions`: the signed-in user's own sessions. */
  sessions(): Observable<SessionPayload[]> {
    return this.http.get<SessionPayload[]>('/api/auth/sessions');
  }

  /** `DELETE /api/auth/sessions/:id`: ends one of them at once. */
  endSession(id: string): Observable<void> {
    return this.http.delete<void>(
      `/api/auth/sessions/${encodeURIComponent(id)}`,
    );
  }
}
