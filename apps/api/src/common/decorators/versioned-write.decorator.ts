import { applyDecorators, Delete, Headers, HttpCode, Patch } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { Verb } from '@boussole/domain';
import { refusal } from '../openapi/api-answers.decorator';
import { Allow } from './access.decorator';

/**
 * The edit and the deletion of one versioned record (`PATCH` / `DELETE :id`): the verb it needs,
 * and its version sent as `If-Match` (or `version` in the body), 428 without it (DESIGN §5).
 * `whose` completes « La version … » (e.g. « de l’axe »). The answers are `@ApiAnswers`'s, above it.
 */
export const VersionedPatch = (verb: Verb, whose: string) =>
  applyDecorators(
    Allow(verb),
    Patch(':id'),
    ApiHeader({ name: 'If-Match', required: false, description: `La version ${whose} modifiée (ou « version » dans le corps).`, example: '"3"' }),
    refusal(428),
  );

export const VersionedDelete = (verb: Verb, whose: string) =>
  applyDecorators(
    Allow(verb),
    Delete(':id'),
    HttpCode(204),
    ApiHeader({ name: 'If-Match', required: false, description: `La version ${whose} supprimée (ou « version » dans le corps).`, example: '"3"' }),
    refusal(428),
  );

/** The `If-Match` header of a versioned write, checked by `requiredVersion`. */
export const IfMatch = () => Headers('if-match');
