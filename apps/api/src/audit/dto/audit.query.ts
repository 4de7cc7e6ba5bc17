import type { AuditQuery } from '@boussole/domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsIsoDate } from '../../common/is-iso-date.validator';
import { PageQuery } from '../../common/page.query';

/** `GET /api/audit?entity=&id=&actor=&from=&to=&page=&pageSize=`; `id` only with `entity` (checked by the service). */
export class AuditListQuery extends PageQuery implements AuditQuery {
  @ApiPropertyOptional({ description: 'Le type d’enregistrement.', example: 'action' })
  @IsOptional()
  @IsString({ message: 'Le paramètre « entity » doit être un type d’enregistrement (ex. action, indicator, cycle).' })
  @Matches(/^[a-z][a-z_]{0,99}$/, { message: 'Le paramètre « entity » doit être un type d’enregistrement (ex. action, indicator, cycle).' })
  entity?: string;

  @ApiPropertyOptional({ description: 'L’identifiant de l’enregistrement (avec « entity »).' })
  @IsOptional()
  @IsString({ message: 'Le paramètre « id » doit être un identifiant d’enregistrement.' })
  @MaxLength(200, { message: 'Le paramètre « id » est limité à 200 caractères.' })
  id?: string;

  @ApiPropertyOptional({ description: 'L’identifiant du compte auteur.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'Le paramètre « actor » doit être l’identifiant d’un compte (entier positif).' })
  @Min(1, { message: 'Le paramètre « actor » doit être l’identifiant d’un compte (entier positif).' })
  @Max(2147483647, { message: 'Le paramètre « actor » doit être l’identifiant d’un compte (entier positif).' })
  actor?: number;

  @ApiPropertyOptional({ description: 'À partir de ce jour (inclus).', example: '2026-09-01' })
  @IsOptional()
  @IsIsoDate({ message: 'Le paramètre « from » doit être une date réelle au format AAAA-MM-JJ.' })
  from?: string;

  @ApiPropertyOptional({ description: 'Jusqu’à ce jour (inclus).', example: '2026-09-30' })
  @IsOptional()
  @IsIsoDate({ message: 'Le paramètre « to » doit être une date réelle au format AAAA-MM-JJ.' })
  to?: string;
}
