import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PLAN_STATES, type PlanCreateRequest, type PlanPatchRequest, type PlanState } from '@boussole/domain';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { IsOmittable, IsRequired } from '../../common/dto/required';
import { Trim, TrimToNull } from '../../common/dto/text';
import { VersionDto } from '../../common/dto/version.dto';

const YEAR = { min: 2000, max: 2100 };

/** `POST /api/plans`: a new plan, always a draft. */
export class CreatePlanDto implements PlanCreateRequest {
  @ApiProperty({ example: 'Projet stratégique 2028-2030' })
  @Trim()
  @MaxLength(300, { message: 'Le titre est limité à 300 caractères.' })
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

  @ApiProperty({ example: 2028 })
  @Max(YEAR.max, { message: `L’année de début est comprise entre ${YEAR.min} et ${YEAR.max}.` })
  @Min(YEAR.min, { message: `L’année de début est comprise entre ${YEAR.min} et ${YEAR.max}.` })
  @IsInt({ message: 'L’année de début doit être une année (ex. 2028).' })
  @IsRequired('L’année de début est obligatoire.')
  startYear!: number;

  @ApiProperty({ example: 2030 })
  @Max(YEAR.max, { message: `L’année de fin est comprise entre ${YEAR.min} et ${YEAR.max}.` })
  @Min(YEAR.min, { message: `L’année de fin est comprise entre ${YEAR.min} et ${YEAR.max}.` })
  @IsInt({ message: 'L’année de fin doit être une année (ex. 2030).' })
  @IsRequired('L’année de fin est obligatoire.')
  endYear!: number;
}

/** `PATCH /api/plans/:id`: the fields, and the state moving forward (draft → active → archived). */
export class PatchPlanDto extends VersionDto implements PlanPatchRequest {
  @ApiPropertyOptional()
  @IsOmittable()
  @Trim()
  @MaxLength(300, { message: 'Le titre est limité à 300 caractères.' })
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
  @Max(YEAR.max, { message: `L’année de début est comprise entre ${YEAR.min} et ${YEAR.max}.` })
  @Min(YEAR.min, { message: `L’année de début est comprise entre ${YEAR.min} et ${YEAR.max}.` })
  @IsInt({ message: 'L’année de début doit être une année (ex. 2028).' })
  startYear?: number;

  @ApiPropertyOptional()
  @IsOmittable()
  @Max(YEAR.max, { message: `L’année de fin est comprise entre ${YEAR.min} et ${YEAR.max}.` })
  @Min(YEAR.min, { message: `L’année de fin est comprise entre ${YEAR.min} et ${YEAR.max}.` })
  @IsInt({ message: 'L’année de fin doit être une année (ex. 2030).' })
  endYear?: number;

  @ApiPropertyOptional({ enum: PLAN_STATES })
  @IsOmittable()
  @IsIn([...PLAN_STATES], { message: 'L’état est « draft » (brouillon), « active » (en cours) ou « archived » (archivé).' })
  state?: PlanState;
}
