import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { injectCurrentPath } from './current-path';

interface SkipLink {
  readonly label: string;
  readonly target: string;
  readonly href: string;
}

/**
 * The DSFR skip links. Their href is the current path plus the fragment, because `<base href="/">`
 * would otherwise resolve `#contenu` to `/#contenu`, another page; the click handler then moves the
 * focus itself, which the router's navigation would not do.
 */
@Component({
  selector: 'bsl-skip-links',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-skiplinks">
      <nav
        class="fr-container"
        role="navigation"
        aria-label="Accès rapide"
        i18n-aria-label
      >
        <ul class="fr-skiplinks__list">
          @for (link of links(); track link.target) {
            <li>
              <a
                class="fr-link"
                [href]="link.href"
                (click)="skipTo($event, link.target)"
                >{{ link.label }}</a
              >
            </li>
          }
        </ul>
      </nav>
    </div>
  `,
})
export class SkipLinksComponent {
  /** Whether the main navigation is on the page (it is only shown to signed-in users). */
  readonly withNavigation = input(false);

  private readonly path = injectCurrentPath();

  protected readonly links = computed<SkipLink[]>(() => {
    const link = (label: string, target: string): SkipLink => ({
      label,
      target,
      href: `${this.path()}#${target}`,
    });
    return [
      link($localize`Contenu`, 'contenu'),
      ...(this.withNavigation() ? [link($localize`Menu`, 'navigation')] : []),
      link($localize`Pied de page`, 'pied-de-page'),
    ];
  });

  protected skipTo(event: Event, target: string): void {
    const element = document.getElementById(target);
    if (!element) {
      return;
    }
    event.preventDefault();
    if (!element.hasAttribute('tabindex')) {
      element.setAttribute('tabindex', '-1');
    }
    element.focus();
    element.scrollIntoView();
  }
}
