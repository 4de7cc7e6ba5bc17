import { HttpClient } from '@angular/common/http';
import { DOCUMENT, Injectable, InjectionToken, inject } from '@angular/core';
import type { CurrentUser, Language } from '@boussole/domain';
import { NavigationEnd, Router } from '@angular/router';
import { filter, firstValueFrom, take } from 'rxjs';
import { pageLanguage, rememberLanguage } from './page-language';

/** Reloads the page (a token, so that tests see the reload instead of undergoing it). */
export const RELOAD_PAGE = new InjectionToken<() => void>('RELOAD_PAGE', {
  providedIn: 'root',
  factory: () => {
    const document = inject(DOCUMENT);
    return () => document.location.reload();
  },
});

/**
 * The interface language: chosen in the header, kept in this browser for the pages before signing
 * in, and remembered for the account (`PATCH /api/auth/me {language}`) so that it follows the
 * person to another browser. A change reloads the page, which then starts in the new language.
 */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly http = inject(HttpClient);
  private readonly reload = inject(RELOAD_PAGE);
  private readonly router = inject(Router);
  readonly current: Language = pageLanguage();

  /** Switches to `language`; saved for the account first when someone is signed in. */
  async choose(language: Language, signedIn: boolean): Promise<void> {
    if (language === this.current) return;
    if (signedIn) await this.save(language);
    rememberLanguage(language);
    this.reload();
  }

  /**
   * On sign-in, or when the session is read: the account's language wins over this browser's
   * (the page reloads in it); an account that never chose keeps the browser's, which it saves.
   * At sign-in the reload waits for the navigation that follows it: reloaded at once, the page
   * would open the sign-in form again rather than where the person was going.
   */
  async follow(user: CurrentUser, reload: 'now' | 'after-navigation' = 'now'): Promise<void> {
    if (user.language === undefined) return; // an API that does not know languages yet
    if (user.language === null) {
      if (this.current !== 'fr') await this.save(this.current);
      return;
    }
    if (user.language === this.current) return;
    rememberLanguage(user.language);
    if (reload === 'now') this.reload();
    else
      this.router.events
        .pipe(
          filter((event) => event instanceof NavigationEnd),
          take(1),
        )
        .subscribe(() => this.reload());
  }

  private async save(language: Language): Promise<void> {
    try {
      await firstValueFrom(this.http.patch<CurrentUser>('/api/auth/me', { language }));
    } catch {
      // Not saved for the account (offline, session ended): the browser still keeps the choice.
    }
  }
}
