import { ChangeDetectionStrategy, Component } from '@angular/core';

/** `/donnees-personnelles`. */
@Component({
  selector: 'bsl-personal-data-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-6w">
      <div class="fr-grid-row">
        <div class="fr-col-12 fr-col-md-10 fr-col-lg-8">
          <h1 i18n>Données personnelles</h1>
          <p i18n>
            Boussole traite les données nécessaires à la gestion des comptes de
            ses utilisateurs (nom, adresse électronique professionnelle, rôle,
            service ou région de rattachement) et à la traçabilité des
            modifications (auteur et date de chaque mise à jour).
          </p>
          <h2 i18n>Cookies</h2>
          <p i18n>
            Boussole dépose un unique cookie de session, strictement nécessaire
            à la connexion. Il n’utilise aucun cookie de mesure d’audience ni de
            publicité.
          </p>
          <h2 i18n>Vos droits</h2>
          <p i18n>
            Vous pouvez accéder aux données vous concernant, les rectifier ou
            demander leur effacement auprès de l’administrateur de Boussole à la
            DGOS, conformément au règlement général sur la protection des
            données (RGPD).
          </p>
        </div>
      </div>
    </div>
  `,
})
export class PersonalDataPageComponent {}
