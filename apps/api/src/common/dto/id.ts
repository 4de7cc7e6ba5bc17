import { applyDecorators } from '@nestjs/common';
import { IsInt, IsOptional, Max, Min, ValidateIf } from 'class-validator';

/** The largest id PostgreSQL's `integer` holds: a bigger one is refused here, not by the database. */
export const MAX_ID = 2147483647;

// applyDecorators applies in the order given, and class-validator checks in the order applied:
// the first listed is checked first (the reverse of decorators stacked above a property).

/** An id in a body (a plan, an objective, a user…): a positive integer that fits the column. */
export const IsId = (message: string) => applyDecorators(IsInt({ message }), Min(1, { message }), Max(MAX_ID, { message }));

/** An id that may be left out or set to null (no sponsor, no owner). */
export const IsOptionalId = (message: string) => applyDecorators(IsOptional(), ValidateIf((_: object, v: unknown) => v !== null), IsId(message));
