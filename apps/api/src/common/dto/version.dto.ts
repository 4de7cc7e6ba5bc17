import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsId } from './id';

/** The `version` field of a write, for when the `If-Match` header is not sent. */
export const IsVersion = () =>
  applyDecorators(
    ApiPropertyOptional({ description: 'La version modifiée, si l’en-tête If-Match n’est pas envoyé.' }),
    IsOptional(),
    IsId('La version doit être un entier.'),
  );

/** The version a write is based on, when the `If-Match` header is not sent (e.g. a DELETE's body). */
export class VersionDto {
  @IsVersion()
  version?: number;
}
