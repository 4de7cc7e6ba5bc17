import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import {
  DOCUMENT,
  InjectionToken,
  Injectable,
  computed,
  inject,
  signal,
} from '@angular/core';
import { Router } from '@angular/router';
import type {
  CurrentUser,
  LoginRequest,
  LoginResponse,
  LogoutResponse,
} from '@boussole/domain';
import { firstValueFrom } from 'rxjs';
import { sessionEndedNotice, type SessionEndReason } from '../live/live-event';
import { SIGN_IN_PATH, signInUrlTree } from './sign-in-url';
import { LanguageService } from '../i18n/language.service';

/** Leaves the app for another site's page (ProConnect's sign-out); replaced in tests. */
export const EXTERNAL_NAVIGATION = new InjectionToken<(url: string) => void>(
  'EXTERNAL_NAVIGATION',
  {
    providedIn: 'root',
    factory: () => {
      const document = inject(DOCUMENT);
      return (url: string) => document.location.assign(url);
    },
  },
);

export const AUTH_ENDPOINTS = {
  me: '/api/auth/me',
  login: '/api/auth/login',
  logout: '/api/auth/logout',
} as const;

/**
 * The signed-in user. The session itself is an HttpOnly cookie set by the API: the token that the
 * login answer also carries (for scripts) is deliberately never kept by the web app.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly navigateAway = inject(EXTERNAL_NAVIGATION);
  private readonly language = inject(LanguageService);
  private readonly currentUser = signal<CurrentUser | null>(null);
  private readonly isLoaded = signal(false);
  private loading: Promise<CurrentUser | null> | null = null;
  private signingOut = false;
  private readonly endNotice = signal<string | null>(null);

  /** The signed-in user, or null. */
  readonly user = this.currentUser.asReadonly();
  /** Whether the session has been asked for at least once (so `user() === null` means signed out). */
  readonly loaded = this.isLoaded.asReadonly();
  readonly signedIn = computed(() => this.currentUser() !== null);
  /** Why the session ended, for the sign-in page, when the server ended it (not a sign-out here). */
  readonly sessionNotice = this.endNotice.asReadonly();

  /** Asks the API who is signed in (`GET /api/auth/me`); a 401, or any failure, means nobody. */
  load(): Promise<CurrentUser | null> {
    this.loading ??= firstValueFrom(
      this.http.get<CurrentUser>(AUTH_ENDPOINTS.me),
    )
      .then(
        (user) => user,
        (error: unknown) => {
          if (!(error instanceof HttpErrorResponse) || error.status !== 401) {
            console.error('Boussole: the session could not be read.', error);
          }
          return null;
        },
      )
      .then((user) => {
        this.currentUser.set(user);
        this.isLoaded.set(true);
        this.loading = null;
        if (user) void this.language.follow(user);
        return user;
      });
    return this.loading;
  }

  /** The signed-in user, asking the API only the first time. */
  ensureLoaded(): Promise<CurrentUser | null> {
    return this.isLoaded() ? Promise.resolve(this.currentUser()) : this.load();
  }

  /**
   * Opens a session (`POST /api/auth/login`). Rejects with the `HttpErrorResponse` when the API
   * refuses (401: wrong e-mail or password); `apiErrorMessage` gives its message.
   */
  async login(email: string, password: string): Promise<CurrentUser> {
    const body: LoginRequest = { email, password };
    const response = await firstValueFrom(
      this.http.post<LoginResponse>(AUTH_ENDPOINTS.login, body),
    );
    this.currentUser.set(response.user);
    this.isLoaded.set(true);
    this.endNotice.set(null);
    void this.language.follow(response.user, 'after-navigation');
    return response.user;
  }

  /**
   * Closes the session (`POST /api/auth/logout`) and goes to the sign-in page; a session opened
   * through ProConnect ends there too: the API answers its end-session URL, and the browser goes
   * to it (ProConnect then sends it back to Boussole).
   */
  async logout(): Promise<void> {
    // The live stream hears of this sign-out too: it is not news to tell the user.
    this.signingOut = true;
    let endSessionUrl: string | null = null;
    try {
      const answer = await firstValueFrom(
        this.http.post<LogoutResponse | null>(AUTH_ENDPOINTS.logout, {}),
      );
      endSessionUrl = answer?.endSessionUrl ?? null;
    } catch (error: unknown) {
      // The session is over for this browser either way (it may already have expired).
      console.warn('Boussole: sign-out request failed.', error);
    }
    this.clear();
    this.signingOut = false;
    if (endSessionUrl) {
      this.navigateAway(endSessionUrl);
      return;
    }
    await this.router.navigateByUrl(SIGN_IN_PATH);
  }

  /**
   * The server ended the session (sign-out elsewhere, expiry, deactivation): forget the user and go
   * to the sign-in page, which says why, with the page to come back to.
   */
  async endSession(reason: SessionEndReason | null): Promise<void> {
    if (this.signingOut || !this.currentUser()) {
      return;
    }
    this.clear();
    this.endNotice.set(sessionEndedNotice(reason));
    await this.router.navigateByUrl(
      signInUrlTree(this.router, this.router.url),
    );
  }

  /** The signed-in user as the API now describes them (after a change of their own settings). */
  replace(user: CurrentUser): void {
    this.currentUser.set(user);
  }

  /** Forgets the user locally, e.g. after the API answered 401 to some request. */
  clear(): void {
    this.currentUser.set(null);
    this.isLoaded.set(true);
  }
}
