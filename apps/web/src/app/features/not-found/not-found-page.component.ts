import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

/** The DSFR "page non trouvée" template. */
@Component({
  selector: 'bsl-not-found-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <div class="fr-container">
      <div
        class="fr-my-7w fr-mt-md-12w fr-mb-md-10w fr-grid-row fr-grid-row--gutters fr-grid-row--middle fr-grid-row--center"
      >
        <div class="fr-py-0 fr-col-12 fr-col-md-6">
          <h1 i18n>Page non trouvée</h1>
          <p class="fr-text--sm fr-mb-3w" i18n>Erreur 404</p>
          <p class="fr-text--lead fr-mb-3w" i18n>
            La page que vous cherchez est introuvable. Excusez-nous pour la gêne
            occasionnée.
          </p>
          <p class="fr-text--sm fr-mb-5w" i18n>
            Si vous avez tapé l’adresse web dans le navigateur, vérifiez qu’elle
            est correcte. La page n’est peut-être plus disponible.<br />
            Dans ce cas, pour continuer votre visite, vous pouvez consulter la
            page d’accueil.
          </p>
          <ul class="fr-btns-group fr-btns-group--inline-md">
            <li><a class="fr-btn" routerLink="/" i18n>Page d’accueil</a></li>
          </ul>
        </div>
      </div>
    </div>
  `,
})
export class NotFoundPageComponent {}
