import { Directive, computed, input } from '@angular/core';

/** What a label says beside its text: " *" for a required field, " (facultatif)" for an optional one. */
export type FieldMark = 'required' | 'optional' | null;

/**
 * The inputs every field of the kit shares. The control gets `fieldId` as its id; its messages are
 * `<fieldId>-messages`, which the control names in `aria-describedby`.
 */
@Directive()
export abstract class FieldBase {
  readonly fieldId = input.required<string>();
  readonly label = input.required<string>();
  /** Shown under the label, in the DSFR hint style. */
  readonly hint = input<string | null>(null);
  /** The message of the field's fault; the field is shown in its error state while set. */
  readonly error = input<string | null | undefined>(undefined);
  /** Sets `aria-required` (the form itself is `novalidate`: checks are ours, in the page's language). */
  readonly required = input(false);
  /** The visible marker in the label; none by default (say it in the form's hint instead). */
  readonly mark = input<FieldMark>(null);
  readonly disabled = input(false);

  readonly messagesId = computed(() => `${this.fieldId()}-messages`);
}
