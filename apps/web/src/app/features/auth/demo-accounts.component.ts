import { ChangeDetectionStrategy, Component, output } from '@angular/core';
import { ROLE_LABELS } from '@boussole/domain';
import { domainText } from '../../core/i18n/domain-text';

export const DEMO_PASSWORD = 'Boussole-Demo-2025';

interface DemoAccount {
  readonly email: string;
  readonly role: string;
}

const projectManager = (unit: string): DemoAccount => ({
  email: `${unit.toLowerCase()}@boussole.test`,
  role: `${domainText(ROLE_LABELS.project_manager)} (${unit})`,
});
const arsLiaison = (slug: string, region: string): DemoAccount => ({
  email: `ars-${slug}@boussole.test`,
  role: `${domainText(ROLE_LABELS.ars_liaison)} (${region})`,
});

/** The demo accounts of DESIGN §5, which exist only when the API runs in demo mode. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'admin@boussole.test', role: domainText(ROLE_LABELS.admin) },
  { email: 'direction@boussole.test', role: domainText(ROLE_LABELS.director) },
  ...['PF', 'RH', 'R', 'Q', 'N', 'DNS'].map(projectManager),
  arsLiaison('idf', $localize`Île-de-France`),
  arsLiaison('bretagne', $localize`Bretagne`),
  arsLiaison('reunion', $localize`La Réunion`),
  { email: 'lecture@boussole.test', role: domainText(ROLE_LABELS.viewer) },
];

/** A panel listing the demo accounts; "Utiliser" fills the sign-in form with one of them. */
@Component({
  selector: 'bsl-demo-accounts',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-callout">
      <h2 class="fr-callout__title fr-h5" i18n>Comptes de démonstration</h2>
      <p class="fr-callout__text fr-text--sm" i18n>
        En mode démonstration, ces comptes ont tous le mot de passe
        <strong>{{ password // i18n(ph="PASSWORD") }}</strong
        >.
      </p>
      <ul class="fr-raw-list fr-mt-2w">
        @for (account of accounts; track account.email) {
          <li class="fr-mb-1w">
            <button
              class="fr-btn fr-btn--tertiary fr-btn--sm"
              type="button"
              [attr.aria-label]="useLabel(account)"
              (click)="pick.emit(account.email)"
              i18n
            >
              Utiliser
            </button>
            <span class="fr-text--sm fr-ml-1w"
              >{{ account.email }} – {{ account.role }}</span
            >
          </li>
        }
      </ul>
    </div>
  `,
})
export class DemoAccountsComponent {
  /** Emits the e-mail of the chosen account. */
  readonly pick = output<string>();

  protected readonly accounts = DEMO_ACCOUNTS;
  protected readonly password = DEMO_PASSWORD;

  protected useLabel(account: DemoAccount): string {
    return $localize`Utiliser le compte ${account.email}:EMAIL:, ${account.role}:ROLE:`;
  }
}
