import { isIsoDate } from '@boussole/domain';
import { registerDecorator, ValidationOptions } from 'class-validator';

/** A real calendar day written `YYYY-MM-DD` (2025-02-30 is refused), checked by the shared rule. */
export function IsIsoDate(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isIsoDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: { validate: (value: unknown) => isIsoDate(value) },
    });
}
