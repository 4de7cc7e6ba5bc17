import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { DENIAL_REASONS } from '@boussole/domain';
import { domainText } from '../../core/i18n/domain-text';

/** What a signed-in user who is not an administrator sees at `/administration`. */
@Component({
  selector: 'bsl-access-denied-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <div class="fr-container">
      <div
        class="fr-my-7w fr-mt-md-12w fr-mb-md-10w fr-grid-row fr-grid-row--gutters fr-grid-row--middle fr-grid-row--center"
      >
        <div class="fr-py-0 fr-col-12 fr-col-md-6">
          <h1 i18n>Accès réservé</h1>
          <p class="fr-text--sm fr-mb-3w" i18n>Erreur 403</p>
          <p class="fr-text--lead fr-mb-3w">{{ reason }}</p>
          <p class="fr-text--sm fr-mb-5w" i18n>
            Si vous pensez devoir y accéder, adressez-vous à un·e
            administrateur·rice de Boussole.
          </p>
          <ul class="fr-btns-group fr-btns-group--inline-md">
            <li><a class="fr-btn" routerLink="/" i18n>Page d’accueil</a></li>
          </ul>
        </div>
      </div>
    </div>
  `,
})
export class AccessDeniedPageComponent {
  protected readonly reason = domainText(DENIAL_REASONS.planManage);
}
