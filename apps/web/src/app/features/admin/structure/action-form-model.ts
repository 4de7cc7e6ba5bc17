import { UNIT_CODES, type ActionCreateRequest } from '@boussole/domain';
import { isPlausibleDate } from '../../../shared/dates';
import type { AdminAction } from '../admin-types';
import { parseNumber, type FieldErrors } from '../../../shared/forms';
import { idOrNull, numberText, textOrNull } from '../form-values';
import { clean, titleError } from './axis-form-model';

export type ActionField =
  | 'code'
  | 'title'
  | 'description'
  | 'unitCode'
  | 'ownerId'
  | 'startDate'
  | 'dueDate'
  | 'weight'
  | 'regional';

export interface ActionFormValue {
  code: string;
  title: string;
  description: string;
  unitCode: string;
  /** '' for none. */
  ownerId: string;
  startDate: string;
  dueDate: string;
  weight: string;
  regional: boolean;
}

export const ACTION_FIELD_IDS: Readonly<Record<ActionField, string>> = {
  code: 'action-code',
  title: 'action-titre',
  description: 'action-description',
  unitCode: 'action-sous-direction',
  ownerId: 'action-responsable',
  startDate: 'action-debut',
  dueDate: 'action-echeance',
  weight: 'action-poids',
  regional: 'action-regionale',
};

export function actionFormValueOf(action: AdminAction | null): ActionFormValue {
  if (!action) {
    return {
      code: '',
      title: '',
      description: '',
      unitCode: '',
      ownerId: '',
      startDate: '',
      dueDate: '',
      weight: '1',
      regional: false,
    };
  }
  return {
    code: action.code,
    title: action.title,
    description: action.description ?? '',
    unitCode: action.unit.code,
    ownerId: action.owner ? String(action.owner.id) : '',
    startDate: action.startDate ?? '',
    dueDate: action.dueDate ?? '',
    weight: numberText(action.weight),
    regional: action.regional,
  };
}

/** axe.objectif.numéro, as the API has it. */
const CODE = /^\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/** The API's checks, in the page's language: a code made of numbers, due date on or after the start, 0 < weight ≤ 100. */
export function validateAction(
  form: ActionFormValue,
  creating: boolean,
): FieldErrors<ActionField> {
  const errors: FieldErrors<ActionField> = {};
  const code = form.code.trim();
  if (code === '' && !creating) {
    errors.code = $localize`Indiquez le code de l’action, par exemple 1.2.3.`;
  } else if (code !== '' && !CODE.test(code)) {
    errors.code = $localize`Le code d’une action s’écrit axe.objectif.numéro, par exemple 1.2.3.`;
  }
  errors.title = titleError(
    form.title,
    $localize`Indiquez le titre de l’action.`,
  );
  if (!UNIT_CODES.includes(form.unitCode)) {
    errors.unitCode = $localize`Choisissez la sous-direction qui porte l’action.`;
  }
  const start = form.startDate;
  const due = form.dueDate;
  if (start !== '' && !isPlausibleDate(start)) {
    errors.startDate = $localize`La date de début doit être une date valide, au format JJ/MM/AAAA.`;
  }
  if (due !== '' && !isPlausibleDate(due)) {
    errors.dueDate = $localize`L’échéance doit être une date valide, au format JJ/MM/AAAA.`;
  } else if (due !== '' && isPlausibleDate(start) && due < start) {
    errors.dueDate = $localize`L’échéance ne peut pas précéder la date de début.`;
  }
  const weight = parseNumber(form.weight);
  if (!Number.isFinite(weight) || weight <= 0 || weight > 100) {
    errors.weight = $localize`Le poids est compris entre 0 (exclu) et 100.`;
  }
  return clean(errors);
}

/** The body of `POST /api/actions` (a new action under `objectiveId`) or of the admin's `PATCH`. */
export function toActionRequest(
  form: ActionFormValue,
  objectiveId: number,
): ActionCreateRequest {
  const request: ActionCreateRequest = {
    objectiveId,
    title: form.title.trim(),
    description: textOrNull(form.description),
    unitCode: form.unitCode,
    ownerId: idOrNull(form.ownerId),
    startDate: form.startDate || null,
    dueDate: form.dueDate || null,
    weight: parseNumber(form.weight),
    regional: form.regional,
  };
  const code = form.code.trim();
  return code === '' ? request : { ...request, code };
}
