import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterNextRender,
  inject,
  viewChild,
} from '@angular/core';
import { NavigationEnd, Router, RouterOutlet } from '@angular/router';
import { filter, map, pairwise } from 'rxjs';
import { AuthService } from './core/auth/auth.service';
import { startDsfr } from './core/dsfr/dsfr';
import { LiveEventsService } from './core/live/live-events.service';
import { FooterComponent } from './core/layout/footer.component';
import { HeaderComponent } from './core/layout/header.component';
import { SkipLinksComponent } from './core/layout/skip-links.component';

/** The page shell: skip links, header, the routed page in `<main>`, footer. */
@Component({
  selector: 'bsl-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, SkipLinksComponent, HeaderComponent, FooterComponent],
  template: `
    <bsl-skip-links [withNavigation]="signedIn()" />
    <bsl-header />
    <main id="contenu" tabindex="-1" role="main" #main>
      <router-outlet />
    </main>
    <bsl-footer />
  `,
})
export class App {
  private readonly auth = inject(AuthService);
  protected readonly signedIn = this.auth.signedIn;
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  constructor() {
    // Public pages (sign-in, legal notices) show the header of a signed-in user too.
    void this.auth.ensureLoaded();
    // One stream of /api/events for the whole tab, open while someone is signed in.
    inject(LiveEventsService);
    afterNextRender(() => startDsfr());
    // When a navigation leads to another page (not just other query parameters or a fragment),
    // put the focus at the start of its content, as a full page load would, so that screen readers
    // do not stay on the link just followed.
    const subscription = inject(Router)
      .events.pipe(
        filter(
          (event): event is NavigationEnd => event instanceof NavigationEnd,
        ),
        map((event) => event.urlAfterRedirects),
        pairwise(),
        filter(([previous, current]) => pathOf(previous) !== pathOf(current)),
      )
      .subscribe(([, current]) => {
        if (!current.includes('#')) {
          this.main().nativeElement.focus({ preventScroll: true });
        }
      });
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }
}

function pathOf(url: string): string {
  return url.split(/[?#]/)[0];
}
