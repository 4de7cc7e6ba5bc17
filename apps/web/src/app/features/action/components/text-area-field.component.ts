import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';

/** A DSFR textarea with its label, hint and error message (linked by `aria-describedby`). */
@Component({
  selector: 'bsl-text-area-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let id = fieldId();
    <div
      class="fr-input-group"
      [class.fr-input-group--error]="error()"
      [class.fr-input-group--disabled]="disabled()"
    >
      <label class="fr-label" [for]="id">
        {{ label() }}
        @if (hint()) {
          <span class="fr-hint-text">{{ hint() }}</span>
        }
      </label>
      <textarea
        class="fr-input"
        [class.fr-input--error]="error()"
        [id]="id"
        [name]="id"
        [rows]="rows()"
        [attr.aria-describedby]="id + '-messages'"
        [attr.aria-invalid]="error() ? 'true' : null"
        [attr.aria-required]="required() ? 'true' : null"
        [disabled]="disabled()"
        [value]="value()"
        (input)="changed.emit(valueOf($event))"
      ></textarea>
      <div class="fr-messages-group" [id]="id + '-messages'" aria-live="polite">
        @if (error(); as message) {
          <p class="fr-message fr-message--error fr-error-text">
            {{ message }}
          </p>
        }
      </div>
    </div>
  `,
})
export class TextAreaFieldComponent {
  readonly fieldId = input.required<string>();
  readonly label = input.required<string>();
  readonly hint = input<string | null>(null);
  readonly value = input.required<string>();
  readonly error = input<string | undefined>(undefined);
  readonly rows = input(3);
  readonly required = input(false);
  readonly disabled = input(false);
  readonly changed = output<string>();

  protected valueOf(event: Event): string {
    return (event.target as HTMLTextAreaElement).value;
  }
}
