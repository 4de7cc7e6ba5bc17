import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  linkedSignal,
  signal,
} from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { apiErrorMessage } from '../../../core/http/api-error';
import { AccountApi } from '../account.api';

export const REMINDERS_ON = $localize`C’est noté\u00a0: vous recevrez les relances des campagnes de suivi.`;
export const REMINDERS_OFF = $localize`C’est noté\u00a0: vous ne recevrez plus les relances des campagnes de suivi.`;

/**
 * "Recevoir les relances des campagnes de suivi": a DSFR toggle saved as soon as it is switched
 * (`PATCH /api/auth/me`), the outcome said next to it. A failed save puts the toggle back.
 */
@Component({
  selector: 'bsl-reminder-settings',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="relances-titre">
      <h2 id="relances-titre" i18n>Relances par courriel</h2>
      <div class="fr-toggle">
        <input
          type="checkbox"
          class="fr-toggle__input"
          id="relances"
          aria-describedby="relances-aide relances-messages"
          [checked]="checked()"
          [attr.aria-busy]="pending() ? 'true' : null"
          (click)="holdWhilePending($event)"
          (change)="save($event)"
        />
        <label
          class="fr-toggle__label"
          for="relances"
          data-fr-checked-label="Activé"
          i18n-data-fr-checked-label="toggle|The state of a switch"
          data-fr-unchecked-label="Désactivé"
          i18n-data-fr-unchecked-label="toggle|The state of a switch"
          i18n
        >
          Recevoir les relances des campagnes de suivi
        </label>
        <p class="fr-hint-text" id="relances-aide">{{ hint() }}</p>
        <div
          class="fr-messages-group"
          id="relances-messages"
          aria-live="polite"
        >
          @if (error(); as message) {
            <p class="fr-message fr-message--error">{{ message }}</p>
          } @else if (notice(); as message) {
            <p class="fr-message fr-message--valid">{{ message }}</p>
          }
        </div>
      </div>
    </section>
  `,
})
export class ReminderSettingsComponent {
  private readonly auth = inject(AuthService);
  private readonly api = inject(AccountApi);

  /** The toggle's state: the user's setting, or what was just switched while it is saved. */
  protected readonly checked = linkedSignal(
    () => this.auth.user()?.reminders !== false,
  );
  protected readonly pending = signal(false);
  protected readonly notice = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);

  /** What the e-mails are, for whom: directors and admins also get the closing summary. */
  protected readonly hint = computed(() => {
    const role = this.auth.user()?.role;
    const owners = $localize`Un courriel sept jours puis la veille de la clôture de chaque campagne, listant vos actions qui attendent encore leur point d’avancement.`;
    return role === 'director' || role === 'admin'
      ? `${owners} ${$localize`À la clôture, le bilan de complétude de la campagne.`}`
      : owners;
  });

  /** One save at a time: a click while the previous one is saved does not switch the toggle. */
  protected holdWhilePending(event: Event): void {
    if (this.pending()) event.preventDefault();
  }

  protected async save(event: Event): Promise<void> {
    const wanted = (event.target as HTMLInputElement).checked;
    const previous = !wanted;
    this.checked.set(wanted);
    this.pending.set(true);
    this.notice.set(null);
    this.error.set(null);
    try {
      const user = await firstValueFrom(
        this.api.updateSettings({ reminders: wanted }),
      );
      this.auth.replace(user);
      this.notice.set(user.reminders === false ? REMINDERS_OFF : REMINDERS_ON);
    } catch (failure: unknown) {
      this.checked.set(previous);
      this.error.set(
        $localize`Votre choix n’a pas été enregistré. ${apiErrorMessage(failure)}:REASON:`,
      );
    } finally {
      this.pending.set(false);
    }
  }
}
