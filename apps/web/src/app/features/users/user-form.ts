import {
  REGIONS,
  ROLES,
  UNITS,
  isRole,
  type Role,
  type UserCreateRequest,
  type UserPayload,
} from '@boussole/domain';
import type { FieldErrors, FieldOption } from '../../shared/forms';
import { roleLabel, scopeOfRole } from './user-format';
import { domainText } from '../../core/i18n/domain-text';

/** The values of the user forms, as typed ('' for a select without a choice). */
export interface UserFormValue {
  email: string;
  name: string;
  role: string;
  unitCode: string;
  regionCode: string;
}

/** The fields, named as the API names them in its field errors. */
export type UserField = keyof UserFormValue;

/** Field → id of its control, in the order of the forms. */
export const USER_FIELD_IDS: Readonly<Record<UserField, string>> = {
  email: 'utilisateur-email',
  name: 'utilisateur-nom',
  role: 'utilisateur-role',
  unitCode: 'utilisateur-sous-direction',
  regionCode: 'utilisateur-region',
};

export const EMPTY_USER_FORM: UserFormValue = {
  email: '',
  name: '',
  role: '',
  unitCode: '',
  regionCode: '',
};

export const USER_MESSAGES = {
  emailRequired: $localize`Saisissez l’adresse électronique de la personne.`,
  emailFormat: $localize`Le format de l’adresse électronique est incorrect. Format attendu\u00a0: nom@domaine.fr`,
  nameRequired: $localize`Saisissez le nom de la personne.`,
  nameTooLong: $localize`Le nom ne peut pas dépasser 200 caractères.`,
  roleRequired: $localize`Choisissez un rôle.`,
  unitRequired: $localize`Choisissez la sous-direction du ou de la chef·fe de projet.`,
  regionRequired: $localize`Choisissez la région du ou de la référent·e ARS.`,
} as const;

// Deliberately loose: the API has the last word; this only catches obvious typing mistakes.
const EMAIL_FORMAT = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What the role select says under its label. */
export const ROLE_HINT = $localize`Un·e chef·fe de projet est rattaché·e à une sous-direction, un·e référent·e ARS à une région.`;

export const ROLE_OPTIONS: readonly FieldOption<Role>[] = ROLES.map((role) => ({
  value: role,
  label: roleLabel(role),
}));

export const UNIT_OPTIONS: readonly FieldOption[] = UNITS.map((unit) => ({
  value: unit.code,
  label: `${unit.code} – ${domainText(unit.name)}`,
}));

export const REGION_OPTIONS: readonly FieldOption[] = REGIONS.map((region) => ({
  value: region.code,
  label: region.name,
}));

/** The form's values for an existing user. */
export function userFormOf(user: UserPayload): UserFormValue {
  return {
    email: user.email,
    name: user.name,
    role: user.role,
    unitCode: user.unit?.code ?? '',
    regionCode: user.regionCode ?? '',
  };
}

/** The client-side checks, in French; the e-mail is checked only where it is typed. */
export function validateUser(
  value: UserFormValue,
  options: { withEmail: boolean },
): FieldErrors<UserField> {
  const errors: FieldErrors<UserField> = {};
  if (options.withEmail) {
    const email = value.email.trim();
    if (!email) errors.email = USER_MESSAGES.emailRequired;
    else if (!EMAIL_FORMAT.test(email))
      errors.email = USER_MESSAGES.emailFormat;
  }
  const name = value.name.trim();
  if (!name) errors.name = USER_MESSAGES.nameRequired;
  else if (name.length > 200) errors.name = USER_MESSAGES.nameTooLong;
  if (!isRole(value.role)) {
    errors.role = USER_MESSAGES.roleRequired;
    return errors;
  }
  const scope = scopeOfRole(value.role);
  if (scope === 'unit' && !value.unitCode) {
    errors.unitCode = USER_MESSAGES.unitRequired;
  }
  if (scope === 'region' && !value.regionCode) {
    errors.regionCode = USER_MESSAGES.regionRequired;
  }
  return errors;
}

/**
 * The scope fields a role needs, the others set to null: a project manager has a unit, an ARS
 * liaison a region, the others neither (so that a change of role clears the former scope).
 */
export function scopeFields(
  value: UserFormValue,
): Pick<UserCreateRequest, 'unitCode' | 'regionCode'> {
  const scope = isRole(value.role) ? scopeOfRole(value.role) : null;
  return {
    unitCode: scope === 'unit' ? value.unitCode : null,
    regionCode: scope === 'region' ? value.regionCode : null,
  };
}

/** `POST /api/users`: only the scope the role needs is sent. */
export function toCreateRequest(value: UserFormValue): UserCreateRequest {
  const body: UserCreateRequest = {
    email: value.email.trim(),
    name: value.name.trim(),
    role: value.role as Role,
  };
  const { unitCode, regionCode } = scopeFields(value);
  if (unitCode) body.unitCode = unitCode;
  if (regionCode) body.regionCode = regionCode;
  return body;
}
