import {
  ChangeDetectionStrategy,
  Component,
  Directive,
  computed,
  inject,
  input,
  type Provider,
  type Type,
} from '@angular/core';
import { FieldBase } from './field-base';

/**
 * The parts every field of the kit is made of, bound to the field around them (which provides
 * itself as `FieldBase` with `provideField`): its label, its control's ids and ARIA states, and
 * its messages. One place for the DSFR and ARIA wiring, so the fields cannot drift apart.
 */

/**
 * The host style of every field of the kit. DSFR spaces a `.fr-input-group` or `.fr-select-group`
 * only when it is not the last child of its parent, and each group is the last (only) child of its
 * field's element: the element takes its place, so the same rule applies one level up (fields in
 * a grid column or a `fr-fieldset__element` stay unspaced, as DSFR has them).
 */
export const FIELD_HOST_STYLES = `
  :host {
    display: block;
  }
  :host(:not(:last-child)) {
    margin-bottom: 1.5rem;
  }
`;

/** For a field component's `providers`: lets its parts find it. */
export function provideField(field: Type<FieldBase>): Provider {
  return { provide: FieldBase, useExisting: field };
}

/** The field's label text with its marker and hint, inside its `<label class="fr-label">`. */
@Component({
  selector: 'bsl-field-label',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    {{ field.label() }}
    @if (field.mark() === 'required') {
      <span class="bsl-required-mark" aria-hidden="true">&nbsp;*</span>
    } @else if (field.mark() === 'optional') {
      <span i18n>(facultatif)</span>
    }
    @if (field.hint(); as hint) {
      <span class="fr-hint-text">{{ hint }}</span>
    }
  `,
})
export class FieldLabelComponent {
  protected readonly field = inject(FieldBase);
}

/**
 * The field's control (`<input>`, `<textarea>`, `<select>`): its id, its messages in
 * `aria-describedby`, `aria-invalid` and the DSFR error class (`<kind>--error`) while in error,
 * `aria-required`, disabled. `bslFieldControl` names the DSFR kind: 'fr-input', 'fr-select', or ''.
 */
@Directive({
  selector: '[bslFieldControl]',
  host: {
    '[id]': 'field.fieldId()',
    '[attr.aria-describedby]': 'describedBy()',
    '[attr.aria-invalid]': "field.error() ? 'true' : null",
    '[attr.aria-required]': "field.required() ? 'true' : null",
    '[attr.disabled]': "field.disabled() ? '' : null",
    '[class.fr-input--error]':
      "bslFieldControl() === 'fr-input' && !!field.error()",
    '[class.fr-select--error]':
      "bslFieldControl() === 'fr-select' && !!field.error()",
  },
})
export class FieldControlDirective {
  readonly bslFieldControl = input<'fr-input' | 'fr-select' | ''>('');
  /** More ids for `aria-describedby`, after the messages' (a hint outside the label). */
  readonly describedByToo = input<string | null>(null);
  protected readonly field = inject(FieldBase);
  protected readonly describedBy = computed(() =>
    [this.field.messagesId(), this.describedByToo()].filter(Boolean).join(' '),
  );
}

/** The field's DSFR messages group (`fr-messages-group`), announced politely. */
@Component({
  selector: 'bsl-field-messages',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
  `,
  host: {
    class: 'fr-messages-group',
    'aria-live': 'polite',
    '[id]': 'field.messagesId()',
  },
  template: `
    @if (field.error(); as message) {
      <p class="fr-message fr-message--error fr-error-text">{{ message }}</p>
    }
  `,
})
export class FieldMessagesComponent {
  protected readonly field = inject(FieldBase);
}
