import { applyDecorators } from '@nestjs/common';
import { IsInt, Max, Min } from 'class-validator';

/** The largest id PostgreSQL's `integer` holds: a bigger one is refused here, not by the database. */
export const MAX_ID = 2147483647;

/** An id in a body (a plan, an objective, a user…): a positive integer that fits the column. */
export const IsId = (message: string) =>
  applyDecorators(Max(MAX_ID, { message }), Min(1, { message }), IsInt({ message }));
