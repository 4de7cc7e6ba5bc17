import { ChangeDetectionStrategy, Component } from '@angular/core';

/** `/accessibilite`: the accessibility statement (RGAA), until an audit is carried out. */
@Component({
  selector: 'bsl-accessibility-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-6w">
      <div class="fr-grid-row">
        <div class="fr-col-12 fr-col-md-10 fr-col-lg-8">
          <h1 i18n>Déclaration d’accessibilité</h1>
          <p i18n>
            La Direction générale de l’offre de soins (DGOS) s’engage à rendre
            Boussole accessible, conformément à l’article 47 de la loi n°
            2005-102 du 11 février 2005.
          </p>
          <h2 i18n>État de conformité</h2>
          <p i18n>
            Boussole est <strong>non conforme</strong> au référentiel général
            d’amélioration de l’accessibilité (RGAA) version 4.1 : aucun audit
            n’a encore été réalisé.
          </p>
          <p i18n>
            Le service est construit avec le Système de design de l’État (DSFR),
            et chaque page est vérifiée automatiquement (clavier, structure,
            contrastes) avant sa mise en service.
          </p>
          <h2 i18n>Retour d’information et contact</h2>
          <p i18n>
            Si vous ne parvenez pas à accéder à un contenu ou à une
            fonctionnalité, contactez l’équipe de pilotage du projet stratégique
            de la DGOS pour être orienté vers une alternative accessible.
          </p>
          <h2 i18n>Voies de recours</h2>
          <p i18n>
            Si, après nous avoir signalé un défaut d’accessibilité, vous n’avez
            pas obtenu de réponse satisfaisante, vous pouvez saisir le Défenseur
            des droits.
          </p>
        </div>
      </div>
    </div>
  `,
})
export class AccessibilityPageComponent {}
