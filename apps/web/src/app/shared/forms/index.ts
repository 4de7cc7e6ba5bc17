/**
 * The form kit of Boussole: DSFR fields, the checks' plumbing and the conflict flow, shared by
 * every form (status update, deployment, measurement, sign-in, administration).
 *
 * How a form is put together (see features/action/components/update-form.component.ts):
 * - its values in one signal of texts (numbers as typed) and its checks as a pure function
 *   `validate(value) → FieldErrors`, its messages `$localize`d, beside it in `<form>-validation.ts`, with a
 *   `FIELD_IDS` record (field → control id, in the order of the form);
 * - a `FormState` around them: errors shown once submitted, the API's field errors, the
 *   pending request, the alert, the focus on the first faulty field;
 * - the fields below, each `[value]` + `(valueChange)="form.set('field', $event)"` and
 *   `[error]="form.errors().field"`; `<bsl-form-alerts>` above the `<form novalidate>` for its
 *   error alert, and `<bsl-save-notice>` right after the submit button for its confirmation;
 * - for a versioned record, a 409's `current` with `conflictCurrent()` and
 *   `<bsl-conflict-notice>` to compare and reload;
 * - for a record that other users may change meanwhile (the page follows them live), an
 *   `EditedRecord` around the form's values and `<bsl-outdated-notice>` inside the form.
 */

/** Shared inputs of every field: fieldId, label, hint, error, required (aria), mark, disabled. */
export { FieldBase, type FieldMark } from './field-base';
/**
 * For a field of your own: extend `FieldBase`, add `providers: [provideField(MyField)]`, and build
 * its template from `<label class="fr-label" [for]="fieldId()"><bsl-field-label /></label>`, a
 * control with `bslFieldControl="fr-input"` (id, ARIA states, error class) and `<bsl-field-messages />`;
 * `styles: FIELD_HOST_STYLES` gives it the DSFR spacing between fields.
 */
export {
  FIELD_HOST_STYLES,
  FieldControlDirective,
  FieldLabelComponent,
  FieldMessagesComponent,
  provideField,
} from './field-parts';
/** A text, e-mail, password… input, with an optional suffix; the value is the typed text. */
export { InputFieldComponent, type InputType } from './input-field.component';
/** A textarea with rows and maxlength. */
export { TextareaFieldComponent } from './textarea-field.component';
/** A select over `FieldOption`s, with an optional placeholder option ('' until chosen). */
export {
  SelectFieldComponent,
  type FieldOption,
} from './select-field.component';
/** A date picker whose value is an ISO day ('' when empty), with min and max. */
export { DateFieldComponent } from './date-field.component';
/** A number typed as text (a unit after it); `parseNumber` reads it, French comma included. */
export { NumberFieldComponent, parseNumber } from './number-field.component';
/** The 0..100 progress field with its "%"; `parseProgress` reads it, `PROGRESS_INVALID` says why not. */
export {
  PROGRESS_HINT,
  PROGRESS_INVALID,
  ProgressFieldComponent,
  parseProgress,
} from './progress-field.component';
/** A checkbox, or with `toggle` a DSFR toggle; the value is a boolean. */
export { CheckboxFieldComponent } from './checkbox-field.component';
/** A fieldset of radios over `FieldOption`s, inline by default; the value is null before a choice. */
export { RadioGroupComponent } from './radio-group.component';
/** The météo radios: the six statuses with their labels. */
export { StatusRadiosComponent } from './status-radios.component';
/** Success and information notices (role="status") and the error alert (role="alert") of a form. */
export { FormAlertsComponent } from './form-alerts.component';
/** A form's confirmation beside its submit button, which takes the focus when it appears. */
export { SaveNoticeComponent } from './save-notice.component';
/** A 409's comparison: saved version beside the user's, and a button to take the saved one. */
export {
  ConflictNoticeComponent,
  type ConflictRow,
} from './conflict-notice.component';
/** The version a form edits, apart from the live record; a newer one waits while the user types. */
export { EditedRecord, type Versioned } from './edited-record';
/** "… a été modifiée par ailleurs : vos saisies sont conservées." and "Voir la nouvelle version". */
export { OutdatedNoticeComponent } from './outdated-notice.component';
/** The record as someone else saved it, from a 409 about a stale version; null otherwise. */
export { conflictCurrent } from './conflict';
/** Messages by field; the API's 400 `fields` kept for a form's own fields. */
export {
  apiFieldErrors,
  hasFieldErrors,
  withoutField,
  type FieldErrors,
} from './field-errors';
/** Focus on the first faulty field's control (a radio group: its checked radio, or its first). */
export { focusFirstError } from './form-focus';
/** The state every form keeps around its values: errors, pending, alert, focus. */
export {
  FormState,
  type FailureOptions,
  type FormChecks,
  type FormStateOptions,
} from './form-state';
