import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import type { MissingAction, RemindersSent } from '@boussole/domain';
import { apiErrorMessage, apiErrorStatus } from '../../../core/http/api-error';
import { countText } from '../../../core/i18n/page-format';
import { ConfirmDialogComponent } from '../../../shared/confirm-dialog.component';
import {
  FormAlertsComponent,
  SaveNoticeComponent,
} from '../../../shared/forms';
import { Confirmation } from '../../admin/confirmation';
import { reminderTargets, type ReminderTargets } from '../cycle-model';
import { CyclesApi } from '../cycles.api';

const actionsText = (n: number) =>
  countText(n, $localize`action`, $localize`actions`);

/** What was sent, in one sentence in the page's language. */
export function remindersSentText(result: RemindersSent): string {
  const recipients = result.recipients
    .map((person) => `${person.name} (${actionsText(person.actions)})`)
    .join(', ');
  const sent =
    result.sent === 0
      ? $localize`Aucun rappel envoyé.`
      : $localize`${countText(result.sent, $localize`rappel envoyé`, $localize`rappels envoyés`)}:COUNT:\u00a0: ${recipients}:RECIPIENTS:.`;
  const optedOut =
    result.optedOut === 0
      ? ''
      : result.optedOut === 1
        ? ' ' + $localize`1 personne a désactivé les rappels et n’a rien reçu.`
        : ' ' +
          $localize`${result.optedOut}:COUNT: personnes ont désactivé les rappels et n’ont rien reçu.`;
  return sent + optedOut;
}

/**
 * "Relancer les retardataires": after a confirmation naming who will get a message, each owner
 * of a missing action is sent the list of theirs; the page then says who was sent what, or why
 * not (within ten minutes of the last sending, the API refuses).
 */
@Component({
  selector: 'bsl-reminders',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ConfirmDialogComponent, FormAlertsComponent, SaveNoticeComponent],
  // A block, so that a margin class on it spaces it from the table below.
  styles: `
    :host {
      display: block;
    }
  `,
  template: `
    <bsl-form-alerts [error]="alert()" />
    @if (targets().people.length) {
      <button
        type="button"
        id="relancer"
        class="fr-btn fr-btn--secondary fr-icon-mail-line fr-btn--icon-left"
        (click)="ask()"
        i18n
      >
        Relancer les retardataires
      </button>
    }
    <bsl-save-notice [text]="notice()" />
    @if (sending.subject(); as targets) {
      <bsl-confirm-dialog
        heading="Relancer les retardataires&nbsp;?"
        i18n-heading
        confirmLabel="Envoyer les rappels"
        i18n-confirmLabel
        [pending]="sending.pending()"
        [error]="sending.error()"
        (confirmed)="sending.confirm()"
        (closed)="sending.cancel()"
      >
        <p>{{ peopleSentence() }}</p>
        <ul>
          @for (person of targets.people; track person.id) {
            <li>{{ person.name }} ({{ count(person.actions) }})</li>
          }
        </ul>
        @if (targets.unowned) {
          <p i18n>
            {{ count(targets.unowned) }} sans responsable ne peuvent pas faire
            l’objet d’un rappel.
          </p>
        }
        <p class="fr-text--sm" i18n>
          Les personnes qui ont désactivé les rappels dans «&nbsp;Mon
          compte&nbsp;» ne recevront rien.
        </p>
      </bsl-confirm-dialog>
    }
  `,
})
export class RemindersComponent {
  readonly cycleId = input.required<number>();
  readonly missing = input.required<readonly MissingAction[]>();
  /** Reminders were sent: the page reloads. */
  readonly sent = output<RemindersSent>();

  private readonly api = inject(CyclesApi);

  protected readonly targets = computed(() => reminderTargets(this.missing()));
  protected readonly notice = signal<string | null>(null);
  protected readonly alert = signal<string | null>(null);
  protected readonly count = actionsText;

  protected readonly sending = new Confirmation<ReminderTargets, RemindersSent>(
    {
      request: () => this.api.remind(this.cycleId()),
      done: (result) => {
        this.notice.set(remindersSentText(result));
        this.sent.emit(result);
      },
      refused: (error) => {
        // Sent less than ten minutes ago: nothing to retry now, the page says so.
        if (apiErrorStatus(error) !== 409) return false;
        this.sending.cancel();
        this.alert.set(apiErrorMessage(error));
        return true;
      },
    },
  );

  protected peopleSentence(): string {
    const n = this.sending.subject()?.people.length ?? 0;
    return n === 1
      ? $localize`Un message sera envoyé à 1 personne, avec la liste de ses actions sans point d’avancement pour la campagne\u00a0:`
      : $localize`Un message sera envoyé à ${n}:COUNT: personnes, chacune avec la liste de ses actions sans point d’avancement pour la campagne\u00a0:`;
  }

  protected ask(): void {
    this.notice.set(null);
    this.alert.set(null);
    this.sending.ask(this.targets());
  }
}
