import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import {
  ConflictNoticeComponent,
  FormAlertsComponent,
} from '../../shared/forms';
import type { RecordFrame } from './save-form';

/**
 * The frame of every create-or-edit form of the administration around its fields (projected):
 * the error alert, the 409 comparison with its button to take the saved version, the
 * `<form novalidate>` with its hint, and the save and cancel buttons.
 */
@Component({
  selector: 'bsl-record-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ConflictNoticeComponent, FormAlertsComponent],
  styles: `
    :host {
      display: block;
    }
  `,
  template: `
    @let flow = record();
    <bsl-form-alerts [error]="flow.form.apiError()" [info]="info()" />
    @if (flow.conflict(); as conflict) {
      <bsl-conflict-notice
        [heading]="conflictHeading()"
        [titleId]="conflictTitleId()"
        [who]="who()"
        reloadLabel="Reprendre la version à jour"
        i18n-reloadLabel
        [rows]="conflict.rows"
        (reload)="flow.takeCurrent(conflict.current)"
      />
    }
    <form novalidate (submit)="$event.preventDefault(); submitted.emit()">
      <p class="fr-hint-text">{{ hint() }}</p>
      <ng-content />
      <ul class="fr-btns-group fr-btns-group--inline-md fr-mt-3w">
        <li>
          <button type="submit" class="fr-btn" [disabled]="flow.form.pending()">
            {{ submitLabel() }}
          </button>
        </li>
        <li>
          <button
            type="button"
            class="fr-btn fr-btn--secondary"
            (click)="cancelled.emit()"
            i18n
          >
            Annuler
          </button>
        </li>
      </ul>
    </form>
  `,
})
export class RecordFormComponent {
  readonly record = input.required<RecordFrame>();
  /** "Cet axe a été modifié entre-temps". */
  readonly conflictHeading = input.required<string>();
  readonly conflictTitleId = input.required<string>();
  /** The record's noun is feminine ("l’a enregistrée"). */
  readonly feminine = input(false);
  readonly hint = input(
    $localize`Sauf mention contraire, tous les champs sont obligatoires.`,
  );
  /** A notice beside the alert (a list that could not be loaded). */
  readonly info = input<string | null>(null);
  readonly submitLabel = input.required<string>();
  readonly submitted = output<void>();
  readonly cancelled = output<void>();

  protected readonly who = computed(() =>
    this.feminine()
      ? $localize`Quelqu’un d’autre l’a enregistrée depuis que vous avez ouvert ce formulaire.`
      : $localize`Quelqu’un d’autre l’a enregistré depuis que vous avez ouvert ce formulaire.`,
  );
}
