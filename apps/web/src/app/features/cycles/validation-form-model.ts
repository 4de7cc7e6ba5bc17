import { HttpErrorResponse } from '@angular/common/http';
import {
  VALIDATION_TEXT_MAX,
  justificationErrors,
  justificationField as domainJustificationField,
  type MissingAction,
  type ValidateAxisRequest,
} from '@boussole/domain';
import { isApiError } from '../../core/http/api-error';
import { domainText } from '../../core/i18n/domain-text';
import type { FieldErrors } from '../../shared/forms';

/** Longest comment, justification or reason accepted (the API's bound). */
export const TEXT_MAX = VALIDATION_TEXT_MAX;

/** The fields of the validation form: `comment`, and `justifications.<actionId>` per missing action. */
export type ValidationField = string;
export type ValidationValue = Record<ValidationField, string>;

export const COMMENT_FIELD = 'comment';
export const justificationField = domainJustificationField;

/** Field → control id, in the order of the form: the comment, then each missing action's. */
export function validationFieldIds(
  missing: readonly MissingAction[],
): Record<ValidationField, string> {
  const ids: Record<ValidationField, string> = {
    [COMMENT_FIELD]: 'validation-commentaire',
  };
  for (const action of missing) {
    ids[justificationField(action.id)] =
      `validation-justification-${action.id}`;
  }
  return ids;
}

export function emptyValidation(
  missing: readonly MissingAction[],
): ValidationValue {
  return Object.fromEntries(
    Object.keys(validationFieldIds(missing)).map((field) => [field, '']),
  );
}

/** The API's own checks: a justification for each missing action, texts within bounds. */
export function validateValidation(
  value: ValidationValue,
  missing: readonly MissingAction[],
): FieldErrors<ValidationField> {
  const errors: FieldErrors<ValidationField> = {};
  if ((value[COMMENT_FIELD] ?? '').trim().length > TEXT_MAX) {
    errors[COMMENT_FIELD] =
      $localize`Le commentaire est limité à ${TEXT_MAX}:MAX: caractères.`;
  }
  // The same rule and words as the API's refusal (libs/domain).
  const given = missing.map((action) => ({
    actionId: action.id,
    text: value[justificationField(action.id)] ?? '',
  }));
  for (const [field, message] of Object.entries(
    justificationErrors(missing, given),
  )) {
    errors[field] = domainText(message);
  }
  return errors;
}

export function toValidateRequest(
  value: ValidationValue,
  missing: readonly MissingAction[],
): ValidateAxisRequest {
  const comment = (value[COMMENT_FIELD] ?? '').trim();
  return {
    ...(comment ? { comment } : {}),
    ...(missing.length
      ? {
          justifications: missing.map((action) => ({
            actionId: action.id,
            text: (value[justificationField(action.id)] ?? '').trim(),
          })),
        }
      : {}),
  };
}

/**
 * The API's 400 with its `fields` named after the form's own fields: a justification's message
 * may come as `justifications.<actionId>` or, from the body's validation, by its place in the
 * list sent (`justifications.<index>` or `justifications.<index>.text`).
 */
export function withFormFields(
  error: unknown,
  sent: ValidateAxisRequest,
): unknown {
  if (!(error instanceof HttpErrorResponse) || !isApiError(error.error)) {
    return error;
  }
  const body = error.error;
  if (!body.fields) return error;
  const list = sent.justifications ?? [];
  const ids = new Set(list.map((item) => item.actionId));
  const fields: Record<string, string> = {};
  for (const [key, message] of Object.entries(body.fields)) {
    const match = /^justifications\.(\d+)(\.(text|actionId))?$/.exec(key);
    if (!match) {
      fields[key] = message;
      continue;
    }
    const n = Number(match[1]);
    const byIndex = match[2] !== undefined || !ids.has(n);
    const actionId = byIndex ? list[n]?.actionId : n;
    fields[actionId === undefined ? key : justificationField(actionId)] =
      message;
  }
  return new HttpErrorResponse({
    error: { ...body, fields },
    headers: error.headers,
    status: error.status,
    statusText: error.statusText,
    url: error.url ?? undefined,
  });
}
