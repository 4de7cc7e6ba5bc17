import { ValidateBy, ValidateIf, ValidationOptions } from 'class-validator';

/**
 * A field the body must carry, with its French message. Unlike `@IsDefined`, it is skipped under
 * `@IsOptional` (so `PartialType` of a creation DTO makes a patch DTO). Put it nearest the
 * property: the nearest decorator is checked first.
 */
export function IsRequired(message: string, options?: ValidationOptions) {
  return ValidateBy({ name: 'isRequired', validator: { validate: (value: unknown) => value !== undefined && value !== null } }, { ...options, message });
}

/**
 * A field a patch may leave out but not set to null (its column is NOT NULL): unlike `@IsOptional`,
 * null goes on to the field's own checks and is refused with their message.
 */
export const IsOmittable = () => ValidateIf((_: object, value: unknown) => value !== undefined);
