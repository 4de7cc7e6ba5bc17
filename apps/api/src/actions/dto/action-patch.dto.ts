import { ApiPropertyOptional } from '@nestjs/swagger';
import { UNIT_CODES, type ActionAdminPatchRequest } from '@boussole/domain';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { Trim } from '../../common/dto/text';
import { IsIsoDate } from '../../common/is-iso-date.validator';
import { ACTION_CODE_PATTERN } from '../action-rules';
import { IsOmittable } from '../../common/dto/required';
import { IsId } from '../../common/dto/id';

export const WEIGHT_MESSAGE = 'Le poids est compris entre 0 (exclu) et 100.';
export const CODE_MESSAGE = 'Le code d’une action s’écrit axe.objectif.numéro, par exemple 1.2.3.';
export const UNIT_MESSAGE = `La sous-direction est l’une de : ${UNIT_CODES.join(', ')}.`;

/**
 * `PATCH /api/actions/:id`: the fields a project manager may edit, and those only an admin may
 * (`objectiveId` moves the action, `position` reorders it, `unitCode`, `regional`, `code`).
 */
export class ActionPatchDto implements ActionAdminPatchRequest {
  @ApiPropertyOptional()
  @IsOmittable()
  @Trim()
  @MaxLength(500, { message: 'Le titre est limité à 500 caractères.' })
  @MinLength(1, { message: 'Le titre ne peut pas être vide.' })
  @IsString({ message: 'Le titre doit être un texte.' })
  title?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @MaxLength(10000, { message: 'La description est limitée à 10 000 caractères.' })
  @IsString({ message: 'La description doit être un texte.' })
  description?: string | null;

  @ApiPropertyOptional({ nullable: true, example: '2025-01-15' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsIsoDate({ message: 'La date de début doit être une date réelle au format AAAA-MM-JJ.' })
  startDate?: string | null;

  @ApiPropertyOptional({ nullable: true, example: '2026-12-31' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsIsoDate({ message: 'L’échéance doit être une date réelle au format AAAA-MM-JJ.' })
  dueDate?: string | null;

  @ApiPropertyOptional({ description: '0 < poids ≤ 100.' })
  @IsOmittable()
  @Max(100, { message: WEIGHT_MESSAGE })
  @Min(0.01, { message: 'Le poids doit être strictement positif.' })
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'Le poids doit être un nombre (deux décimales au plus).' })
  weight?: number;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsId('Le responsable doit être un identifiant d’utilisateur.')
  ownerId?: number | null;

  @ApiPropertyOptional({ description: 'Administration : déplace l’action vers un autre objectif du même projet.' })
  @IsOmittable()
  @IsId('L’objectif doit être un identifiant.')
  objectiveId?: number;

  @ApiPropertyOptional({ description: 'Administration : sa place dans l’objectif (0 = première).' })
  @IsOmittable()
  @Min(0, { message: 'La place est un entier à partir de 0.' })
  @IsInt({ message: 'La place est un entier à partir de 0.' })
  position?: number;

  @ApiPropertyOptional({ description: 'Administration : la sous-direction qui porte l’action.' })
  @IsOmittable()
  @IsIn([...UNIT_CODES], { message: UNIT_MESSAGE })
  unitCode?: string;

  @ApiPropertyOptional({ description: 'Administration : déployée dans les 18 régions.' })
  @IsOmittable()
  @IsBoolean({ message: '« regional » vaut true ou false.' })
  regional?: boolean;

  @ApiPropertyOptional({ description: 'Administration : le code, unique dans le projet.', example: '1.2.3' })
  @IsOmittable()
  @Trim()
  @Matches(ACTION_CODE_PATTERN, { message: CODE_MESSAGE })
  @IsString({ message: CODE_MESSAGE })
  code?: string;

  @ApiPropertyOptional({ description: 'La version modifiée, si l’en-tête If-Match n’est pas envoyé.' })
  @IsOptional()
  @IsId('La version doit être un entier.')
  version?: number;
}
