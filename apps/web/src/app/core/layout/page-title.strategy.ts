import { Injectable, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';

export const APP_NAME = 'Boussole';

/** "Page – Boussole" (RGAA 8.6: each page has a relevant title). */
export function pageTitle(page: string | null | undefined): string {
  return page ? `${page} – ${APP_NAME}` : APP_NAME;
}

/** Builds the document title from the `title` of the deepest route. */
@Injectable({ providedIn: 'root' })
export class PageTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.title.setTitle(pageTitle(this.buildTitle(snapshot)));
  }
}
