import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ObjectiveCreateRequest, ObjectivePatchRequest } from '@boussole/domain';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { IsOmittable, IsRequired } from '../../common/dto/required';
import { Trim, TrimToNull } from '../../common/dto/text';
import { VersionDto } from '../../common/dto/version.dto';

/** At most 50 objectives in an axis (a database rule). */
export const MAX_OBJECTIVES = 50;

/** `POST /api/axes/:id/objectives`. */
export class CreateObjectiveDto implements ObjectiveCreateRequest {
  @ApiProperty()
  @Trim()
  @MaxLength(500, { message: 'Le titre est limité à 500 caractères.' })
  @MinLength(1, { message: 'Le titre est obligatoire.' })
  @IsString({ message: 'Le titre doit être un texte.' })
  @IsRequired('Le titre est obligatoire.')
  title!: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @TrimToNull()
  @ValidateIf((_, v) => v !== null)
  @MaxLength(10000, { message: 'La description est limitée à 10 000 caractères.' })
  @IsString({ message: 'La description doit être un texte.' })
  description?: string | null;

  @ApiPropertyOptional({ description: 'Sa place dans l’axe (1 = premier) ; à la fin si absent.' })
  @IsOmittable()
  @Max(MAX_OBJECTIVES, { message: `Le numéro d’objectif est compris entre 1 et ${MAX_OBJECTIVES}.` })
  @Min(1, { message: `Le numéro d’objectif est compris entre 1 et ${MAX_OBJECTIVES}.` })
  @IsInt({ message: 'Le numéro d’objectif doit être un entier.' })
  number?: number;
}

/** `PATCH /api/objectives/:id`: `number` moves the objective inside its axis, codes follow. */
export class PatchObjectiveDto extends VersionDto implements ObjectivePatchRequest {
  @ApiPropertyOptional()
  @IsOmittable()
  @Trim()
  @MaxLength(500, { message: 'Le titre est limité à 500 caractères.' })
  @MinLength(1, { message: 'Le titre ne peut pas être vide.' })
  @IsString({ message: 'Le titre doit être un texte.' })
  title?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @TrimToNull()
  @ValidateIf((_, v) => v !== null)
  @MaxLength(10000, { message: 'La description est limitée à 10 000 caractères.' })
  @IsString({ message: 'La description doit être un texte.' })
  description?: string | null;

  @ApiPropertyOptional()
  @IsOmittable()
  @Max(MAX_OBJECTIVES, { message: `Le numéro d’objectif est compris entre 1 et ${MAX_OBJECTIVES}.` })
  @Min(1, { message: `Le numéro d’objectif est compris entre 1 et ${MAX_OBJECTIVES}.` })
  @IsInt({ message: 'Le numéro d’objectif doit être un entier.' })
  number?: number;
}
