import type { PlanCreateRequest } from '@boussole/domain';
import type { FieldErrors } from '../../../shared/forms';
import { textOrNull } from '../form-values';

export type PlanField = 'title' | 'description' | 'startYear' | 'endYear';

export interface PlanFormValue {
  title: string;
  description: string;
  startYear: string;
  endYear: string;
}

/** Field → id of its control, in the order of the form. */
export const PLAN_FIELD_IDS: Readonly<Record<PlanField, string>> = {
  title: 'projet-titre',
  description: 'projet-description',
  startYear: 'projet-annee-debut',
  endYear: 'projet-annee-fin',
};

export const EMPTY_PLAN_FORM: PlanFormValue = {
  title: '',
  description: '',
  startYear: '',
  endYear: '',
};

export function planFormValueOf(plan: {
  title: string;
  description: string | null;
  startYear: number;
  endYear: number;
}): PlanFormValue {
  return {
    title: plan.title,
    description: plan.description ?? '',
    startYear: String(plan.startYear),
    endYear: String(plan.endYear),
  };
}

const YEAR = /^\d{4}$/;
/** The years the API accepts. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;
const inRange = (text: string) =>
  YEAR.test(text) && Number(text) >= FIRST_YEAR && Number(text) <= LAST_YEAR;

/** The same checks as the API's, in the page's language, so that most mistakes are caught before sending. */
export function validatePlan(form: PlanFormValue): FieldErrors<PlanField> {
  const errors: FieldErrors<PlanField> = {};
  if (form.title.trim() === '') {
    errors.title = $localize`Indiquez le titre du projet stratégique.`;
  } else if (form.title.trim().length > 300) {
    errors.title = $localize`Le titre est limité à 300 caractères.`;
  }
  const start = form.startYear.trim();
  const end = form.endYear.trim();
  if (!inRange(start)) {
    errors.startYear = $localize`L’année de début est une année entre ${FIRST_YEAR}:FIRST_YEAR: et ${LAST_YEAR}:LAST_YEAR:, par exemple 2025.`;
  }
  if (!inRange(end)) {
    errors.endYear = $localize`L’année de fin est une année entre ${FIRST_YEAR}:FIRST_YEAR: et ${LAST_YEAR}:LAST_YEAR:, par exemple 2027.`;
  } else if (inRange(start) && Number(end) < Number(start)) {
    errors.endYear = $localize`L’année de fin ne peut pas précéder l’année de début.`;
  }
  return errors;
}

export function toPlanRequest(form: PlanFormValue): PlanCreateRequest {
  return {
    title: form.title.trim(),
    description: textOrNull(form.description),
    startYear: Number(form.startYear.trim()),
    endYear: Number(form.endYear.trim()),
  };
}
