import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';

/** One step of the breadcrumb: a link, or the current page (the last step, without link). */
export interface Crumb {
  label: string;
  link?: string | readonly (string | number)[];
}

/**
 * The DSFR breadcrumb ("fil d’Ariane"): every step but the last is a link; the last is the
 * current page. Collapsed behind "Voir le fil d’Ariane" on small screens by the DSFR script.
 */
@Component({
  selector: 'bsl-breadcrumb',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <nav
      role="navigation"
      class="fr-breadcrumb"
      aria-label="vous êtes ici :"
      i18n-aria-label
    >
      <button
        type="button"
        class="fr-breadcrumb__button"
        aria-expanded="false"
        aria-controls="fil-ariane"
        i18n
      >
        Voir le fil d’Ariane
      </button>
      <div class="fr-collapse" id="fil-ariane">
        <ol class="fr-breadcrumb__list">
          @for (crumb of items(); track $index; let last = $last) {
            <li>
              @if (last || !crumb.link) {
                <a
                  class="fr-breadcrumb__link"
                  [attr.aria-current]="last ? 'page' : null"
                  >{{ crumb.label }}</a
                >
              } @else {
                <a class="fr-breadcrumb__link" [routerLink]="crumb.link">{{
                  crumb.label
                }}</a>
              }
            </li>
          }
        </ol>
      </div>
    </nav>
  `,
})
export class BreadcrumbComponent {
  readonly items = input.required<readonly Crumb[]>();
}
