import { ChangeDetectionStrategy, Component } from '@angular/core';

interface ThemeChoice {
  readonly value: 'light' | 'dark' | 'system';
  readonly label: string;
  readonly hint?: string;
  readonly pictogram: string;
}

/**
 * The DSFR "Paramètres d'affichage" modal (light, dark or system theme). The DSFR script reads the
 * radios named `fr-radios-theme`, applies the choice and remembers it.
 */
@Component({
  selector: 'bsl-display-settings',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dialog
      id="fr-theme-modal"
      class="fr-modal"
      aria-labelledby="fr-theme-modal-title"
    >
      <div class="fr-container fr-container--fluid fr-container-md">
        <div class="fr-grid-row fr-grid-row--center">
          <div class="fr-col-12 fr-col-md-6 fr-col-lg-4">
            <div class="fr-modal__body">
              <div class="fr-modal__header">
                <button
                  class="fr-btn--close fr-btn"
                  type="button"
                  aria-controls="fr-theme-modal"
                  title="Fermer"
                  i18n-title
                  i18n
                >
                  Fermer
                </button>
              </div>
              <div class="fr-modal__content">
                <h2 id="fr-theme-modal-title" class="fr-modal__title" i18n>
                  Paramètres d’affichage
                </h2>
                <div id="fr-display" class="fr-display">
                  <fieldset class="fr-fieldset" id="display-fieldset">
                    <legend
                      class="fr-fieldset__legend--regular fr-fieldset__legend"
                      id="display-fieldset-legend"
                      i18n
                    >
                      Choisissez un thème pour personnaliser l’apparence du
                      site.
                    </legend>
                    @for (choice of choices; track choice.value) {
                      <div class="fr-fieldset__element">
                        <div class="fr-radio-group fr-radio-rich">
                          <input
                            type="radio"
                            name="fr-radios-theme"
                            [id]="'fr-radios-theme-' + choice.value"
                            [value]="choice.value"
                          />
                          <label
                            class="fr-label"
                            [for]="'fr-radios-theme-' + choice.value"
                          >
                            {{ choice.label }}
                            @if (choice.hint) {
                              <span class="fr-hint-text">{{
                                choice.hint
                              }}</span>
                            }
                          </label>
                          <div class="fr-radio-rich__pictogram">
                            <svg
                              aria-hidden="true"
                              class="fr-artwork"
                              viewBox="0 0 80 80"
                              width="80px"
                              height="80px"
                            >
                              <use
                                class="fr-artwork-decorative"
                                [attr.href]="
                                  choice.pictogram + '#artwork-decorative'
                                "
                              ></use>
                              <use
                                class="fr-artwork-minor"
                                [attr.href]="
                                  choice.pictogram + '#artwork-minor'
                                "
                              ></use>
                              <use
                                class="fr-artwork-major"
                                [attr.href]="
                                  choice.pictogram + '#artwork-major'
                                "
                              ></use>
                            </svg>
                          </div>
                        </div>
                      </div>
                    }
                  </fieldset>
                </div>
              </div>
            </div>
          </div>
        </div>
      </div>
    </dialog>
  `,
})
export class DisplaySettingsComponent {
  protected readonly choices: readonly ThemeChoice[] = [
    {
      value: 'light',
      label: $localize`Thème clair`,
      pictogram: 'dsfr/artwork/pictograms/environment/sun.svg',
    },
    {
      value: 'dark',
      label: $localize`Thème sombre`,
      pictogram: 'dsfr/artwork/pictograms/environment/moon.svg',
    },
    {
      value: 'system',
      label: $localize`Système`,
      hint: $localize`Utilise les paramètres système`,
      pictogram: 'dsfr/artwork/pictograms/system/system.svg',
    },
  ];
}
