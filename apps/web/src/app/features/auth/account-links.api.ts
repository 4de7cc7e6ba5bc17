import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AccountLinkPayload,
  ChoosePasswordRequest,
  LoginResponse,
  PasswordResetRequest,
  PasswordResetResponse,
} from '@boussole/domain';
import { Observable } from 'rxjs';

/** The public account links: an invitation or reset link, and the "mot de passe oublié" request. */
@Injectable({ providedIn: 'root' })
export class AccountLinksApi {
  private readonly http = inject(HttpClient);

  /** Whose link it is; 404 or 410 (French message) when unknown, used or expired. */
  link(token: string): Observable<AccountLinkPayload> {
    return this.http.get<AccountLinkPayload>(linkUrl(token));
  }

  /** Chooses the password; the API opens a session (its cookie) and answers like a sign-in. */
  choosePassword(token: string, password: string): Observable<LoginResponse> {
    const body: ChoosePasswordRequest = { password };
    return this.http.post<LoginResponse>(linkUrl(token), body);
  }

  /** Sends a reset link by e-mail; the answer is the same whether the address exists or not. */
  requestReset(email: string): Observable<PasswordResetResponse | null> {
    const body: PasswordResetRequest = { email };
    return this.http.post<PasswordResetResponse | null>(
      '/api/auth/password-reset',
      body,
    );
  }
}

function linkUrl(token: string): string {
  return `/api/auth/invitations/${encodeURIComponent(token)}`;
}
