import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { DialogComponent } from './dialog.component';

/**
 * "Are you sure?" before anything destructive or irreversible (delete, archive, close a cycle).
 * When the API refuses, its reason shows inside the dialog, which stays open.
 */
@Component({
  selector: 'bsl-confirm-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DialogComponent],
  template: `
    <bsl-dialog [heading]="heading()" (closed)="closed.emit()">
      <ng-content />
      @if (error(); as message) {
        <div
          class="fr-alert fr-alert--error fr-alert--sm fr-mt-2w"
          role="alert"
        >
          <p>{{ message }}</p>
        </div>
      }
      <div bslDialogFooter class="fr-modal__footer">
        <ul
          class="fr-btns-group fr-btns-group--right fr-btns-group--inline-reverse fr-btns-group--inline-lg"
        >
          <li>
            <button
              type="button"
              class="fr-btn"
              [class.bsl-danger]="danger()"
              [disabled]="pending()"
              (click)="confirmed.emit()"
            >
              {{ confirmLabel() }}
            </button>
          </li>
          <li>
            <button
              type="button"
              class="fr-btn fr-btn--secondary"
              (click)="closed.emit()"
              i18n
            >
              Annuler
            </button>
          </li>
        </ul>
      </div>
    </bsl-dialog>
  `,
  styles: `
    .bsl-danger {
      background-color: var(--background-action-high-error);
    }
    .bsl-danger:hover {
      background-color: var(--background-action-high-error-hover);
    }
  `,
})
export class ConfirmDialogComponent {
  readonly heading = input.required<string>();
  readonly confirmLabel = input.required<string>();
  /** A red button for what cannot be undone (a deletion). */
  readonly danger = input(false);
  readonly pending = input(false);
  /** The API's refusal, in the request's language. */
  readonly error = input<string | null>(null);
  readonly confirmed = output<void>();
  readonly closed = output<void>();
}
