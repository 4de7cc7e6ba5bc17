import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '@boussole/domain';
import { AuthService } from '../auth/auth.service';
import { LanguageService } from './language.service';

/**
 * The DSFR language selector ("sélecteur de langue"): the current language's code on a button
 * that opens the list of the others, each named in its own language. Choosing one reloads the page
 * in it. Rendered in the header's tools and again in the mobile menu: `menuId` keeps ids apart.
 */
@Component({
  selector: 'bsl-language-selector',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="fr-translate fr-nav" role="navigation" i18n-aria-label aria-label="Langue de l’interface">
      <div class="fr-nav__item">
        <button
          class="fr-translate__btn fr-btn fr-btn--tertiary"
          type="button"
          [attr.aria-controls]="menuId()"
          aria-expanded="false"
          i18n-title
          title="Sélectionner une langue"
        >
          {{ current.toUpperCase() }}<span class="fr-hidden-lg">&nbsp;- {{ names[current] }}</span>
        </button>
        <div class="fr-collapse fr-translate__menu fr-menu" [id]="menuId()">
          <ul class="fr-menu__list">
            @for (language of languages; track language) {
              <li>
                <button
                  class="fr-translate__language fr-nav__link"
                  type="button"
                  [attr.lang]="language"
                  [attr.aria-current]="language === current ? 'true' : null"
                  (click)="choose(language)"
                >
                  {{ language.toUpperCase() }} - {{ names[language] }}
                </button>
              </li>
            }
          </ul>
        </div>
      </div>
    </nav>
  `,
})
export class LanguageSelectorComponent {
  private readonly auth = inject(AuthService);
  private readonly language = inject(LanguageService);

  readonly menuId = input('menu-langues');
  protected readonly current = this.language.current;
  protected readonly languages = LANGUAGES;
  protected readonly names = LANGUAGE_NAMES;

  protected choose(language: Language): void {
    void this.language.choose(language, this.auth.signedIn());
  }
}
