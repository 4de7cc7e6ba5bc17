import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  viewChild,
} from '@angular/core';
import { REGIONS, ROLE_LABELS } from '@boussole/domain';
import { AuthService } from '../../core/auth/auth.service';
import { domainText } from '../../core/i18n/domain-text';
import { MySessionsComponent } from './components/my-sessions.component';
import { PasswordChangeFormComponent } from './components/password-change-form.component';
import { ReminderSettingsComponent } from './components/reminder-settings.component';

/** `/mon-compte`: who I am in Boussole, my reminders, my password, my sessions (everyone, DESIGN §4). */
@Component({
  selector: 'bsl-account-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MySessionsComponent,
    PasswordChangeFormComponent,
    ReminderSettingsComponent,
  ],
  template: `
    <div class="fr-container fr-mt-4w fr-mb-6w">
      <h1 i18n>Mon compte</h1>
      @if (user(); as me) {
        <section class="fr-mb-6w" aria-labelledby="identite-titre">
          <h2 id="identite-titre" i18n>Mon identité</h2>
          <dl class="bsl-identity">
            <dt i18n>Nom</dt>
            <dd>{{ me.name }}</dd>
            <dt i18n>Adresse électronique</dt>
            <dd>{{ me.email }}</dd>
            <dt i18n>Rôle</dt>
            <dd>{{ role() }}</dd>
            @if (scope(); as scope) {
              <dt>{{ scope.label }}</dt>
              <dd>{{ scope.value }}</dd>
            }
          </dl>
          <p class="fr-text--sm fr-text-mention--grey" i18n>
            Pour changer votre nom, votre rôle ou votre rattachement,
            adressez-vous à l’administration de Boussole.
          </p>
        </section>

        <div class="fr-mb-6w">
          <bsl-reminder-settings />
        </div>

        <div class="fr-mb-6w">
          <bsl-password-change-form
            [email]="me.email"
            (changed)="sessions()?.reload()"
          />
        </div>

        <bsl-my-sessions />
      }
    </div>
  `,
  styles: `
    .bsl-identity {
      display: grid;
      grid-template-columns: max-content minmax(0, 1fr);
      gap: 0.5rem 1.5rem;
      margin: 0 0 1rem;
    }
    .bsl-identity dt {
      font-weight: 700;
    }
    .bsl-identity dd {
      margin: 0;
      /* A long e-mail address wraps rather than widening the page at 390 px. */
      overflow-wrap: anywhere;
    }
  `,
})
export class AccountPageComponent {
  protected readonly user = inject(AuthService).user;
  protected readonly sessions = viewChild(MySessionsComponent);

  protected readonly role = computed(() => {
    const user = this.user();
    return user ? domainText(ROLE_LABELS[user.role]) : '';
  });
  /** A project manager's unit, an ARS liaison's region. */
  protected readonly scope = computed(() => {
    const user = this.user();
    if (user?.unit) {
      return {
        label: $localize`Sous-direction`,
        value: `${user.unit.code} – ${domainText(user.unit.name)}`,
      };
    }
    if (user?.regionCode) {
      const region = REGIONS.find((r) => r.code === user.regionCode);
      return {
        label: $localize`Région`,
        value: region?.name ?? user.regionCode,
      };
    }
    return null;
  });
}
