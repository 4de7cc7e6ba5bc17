import { ChangeDetectionStrategy, Component } from '@angular/core';

/** `/mentions-legales`. */
@Component({
  selector: 'bsl-legal-notice-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-6w">
      <div class="fr-grid-row">
        <div class="fr-col-12 fr-col-md-10 fr-col-lg-8">
          <h1 i18n>Mentions légales</h1>
          <h2 i18n>Éditeur</h2>
          <p i18n>
            Direction générale de l’offre de soins (DGOS), ministère de la Santé
            et de l’Accès aux soins, 14 avenue Duquesne, 75350 Paris 07 SP.
          </p>
          <h2 i18n>Objet du service</h2>
          <p i18n>
            Boussole est un outil interne de pilotage du projet stratégique de
            la DGOS, réservé aux agents habilités de la DGOS et des agences
            régionales de santé.
          </p>
          <h2 i18n>Propriété intellectuelle</h2>
          <p i18n>
            Sauf mention contraire, les contenus sont proposés sous licence
            etalab-2.0. La marque de l’État et le Système de design de l’État
            sont réservés aux sites de l’État.
          </p>
        </div>
      </div>
    </div>
  `,
})
export class LegalNoticePageComponent {}
