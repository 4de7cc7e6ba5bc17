import type {
  AxisCreateRequest,
  ObjectiveCreateRequest,
} from '@boussole/domain';
import type { FieldErrors } from '../../../shared/forms';
import type { AdminAxis, AdminObjective } from '../admin-types';
import { idOrNull, textOrNull } from '../form-values';

export type AxisField = 'number' | 'title' | 'description' | 'sponsorId';

export interface AxisFormValue {
  number: string;
  title: string;
  description: string;
  /** '' for none. */
  sponsorId: string;
}

export const AXIS_FIELD_IDS: Readonly<Record<AxisField, string>> = {
  number: 'axe-numero',
  title: 'axe-titre',
  description: 'axe-description',
  sponsorId: 'axe-sponsor',
};

export function axisFormValueOf(
  axis: AdminAxis | null,
  count: number,
): AxisFormValue {
  return axis
    ? {
        number: String(axis.number),
        title: axis.title,
        description: axis.description ?? '',
        sponsorId: axis.sponsor ? String(axis.sponsor.id) : '',
      }
    : { number: String(count + 1), title: '', description: '', sponsorId: '' };
}

/** `places`: how many places the axis may take (a new one may also go after the last). */
export function validateAxis(
  form: AxisFormValue,
  places: number,
): FieldErrors<AxisField> {
  const errors: FieldErrors<AxisField> = {};
  const number = Number(form.number.trim());
  if (!/^\d+$/.test(form.number.trim()) || number < 1 || number > places) {
    errors.number =
      places === 1
        ? $localize`Le numéro de l’axe ne peut être que 1.`
        : $localize`Le numéro de l’axe est un entier de 1 à ${places}:PLACES:.`;
  }
  errors.title = titleError(form.title, $localize`Indiquez le titre de l’axe.`);
  return clean(errors);
}

export function toAxisRequest(
  form: AxisFormValue,
): Required<AxisCreateRequest> {
  return {
    number: Number(form.number.trim()),
    title: form.title.trim(),
    description: textOrNull(form.description),
    sponsorId: idOrNull(form.sponsorId),
  };
}

export type ObjectiveField = 'title' | 'description';

export interface ObjectiveFormValue {
  title: string;
  description: string;
}

export const OBJECTIVE_FIELD_IDS: Readonly<Record<ObjectiveField, string>> = {
  title: 'objectif-titre',
  description: 'objectif-description',
};

export function objectiveFormValueOf(
  objective: AdminObjective | null,
): ObjectiveFormValue {
  return {
    title: objective?.title ?? '',
    description: objective?.description ?? '',
  };
}

export function validateObjective(
  form: ObjectiveFormValue,
): FieldErrors<ObjectiveField> {
  return clean({
    title: titleError(form.title, $localize`Indiquez le titre de l’objectif.`),
  });
}

export function toObjectiveRequest(
  form: ObjectiveFormValue,
): ObjectiveCreateRequest {
  return {
    title: form.title.trim(),
    description: textOrNull(form.description),
  };
}

/** Titles are required and limited to 500 characters, as the API has them. */
export function titleError(title: string, missing: string): string | undefined {
  const trimmed = title.trim();
  if (trimmed === '') return missing;
  return trimmed.length > 500
    ? $localize`Le titre est limité à 500 caractères.`
    : undefined;
}

/** The errors without the fields that are fine. */
export function clean<F extends string>(
  errors: FieldErrors<F>,
): FieldErrors<F> {
  return Object.fromEntries(
    Object.entries(errors).filter(([, message]) => Boolean(message)),
  ) as FieldErrors<F>;
}
