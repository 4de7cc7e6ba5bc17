import { applyDecorators } from '@nestjs/common';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { IsIsoDate } from '../is-iso-date.validator';
import { IsOmittable, IsRequired } from './required';
import { Trim, TrimToNull } from './text';

// The checks run in the order listed (see id.ts): type first, then bounds, as the messages expect.

/**
 * A title (or name, label…): trimmed, at most `max` characters. Required on creation; on a patch
 * it may be left out but not emptied or nulled.
 */
export function IsTitle(max: number, mode: 'create' | 'patch', words = { the: 'Le titre', a: 'un texte' }) {
  const limit = MaxLength(max, { message: `${words.the} est limité à ${max} caractères.` });
  const text = IsString({ message: `${words.the} doit être ${words.a}.` });
  return mode === 'create'
    ? applyDecorators(Trim(), IsRequired(`${words.the} est obligatoire.`), text, MinLength(1, { message: `${words.the} est obligatoire.` }), limit)
    : applyDecorators(IsOmittable(), Trim(), text, MinLength(1, { message: `${words.the} ne peut pas être vide.` }), limit);
}

/** An optional long text (a description): trimmed, empty means none (null), at most 10 000 characters. */
export const IsDescription = () =>
  applyDecorators(
    IsOptional(),
    TrimToNull(),
    ValidateIf((_: object, v: unknown) => v !== null),
    IsString({ message: 'La description doit être un texte.' }),
    MaxLength(10000, { message: 'La description est limitée à 10 000 caractères.' }),
  );

/** A place among numbered siblings (an axis in its plan, an objective in its axis), from 1 to `max`. */
export const IsPlaceNumber = (label: string, max: number) =>
  applyDecorators(
    IsOmittable(),
    IsInt({ message: `${label} doit être un entier.` }),
    Min(1, { message: `${label} est compris entre 1 et ${max}.` }),
    Max(max, { message: `${label} est compris entre 1 et ${max}.` }),
  );

/** A date that may be left out or set to null (an action without a start date). */
export const IsOptionalDate = (message: string) => applyDecorators(IsOptional(), ValidateIf((_: object, v: unknown) => v !== null), IsIsoDate({ message }));
