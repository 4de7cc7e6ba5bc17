import { ApiPropertyOptional } from '@nestjs/swagger';
import type { ActionAdminPatchRequest } from '@boussole/domain';
import { IsInt, Min } from 'class-validator';
import { IsDescription, IsOptionalDate, IsTitle } from '../../common/dto/fields';
import { IsId, IsOptionalId } from '../../common/dto/id';
import { IsOmittable } from '../../common/dto/required';
import { VersionDto } from '../../common/dto/version.dto';
import { IsActionCode, IsRegional, IsUnitCode, IsWeight } from './action-fields';

export { CODE_MESSAGE, UNIT_MESSAGE, WEIGHT_MESSAGE } from './action-fields';
export const START_DATE_MESSAGE = 'La date de début doit être une date réelle au format AAAA-MM-JJ.';
export const DUE_DATE_MESSAGE = 'L’échéance doit être une date réelle au format AAAA-MM-JJ.';
export const OWNER_MESSAGE = 'Le responsable doit être un identifiant d’utilisateur.';
export const OBJECTIVE_MESSAGE = 'L’objectif doit être un identifiant.';

/**
 * `PATCH /api/actions/:id`: the fields a project manager may edit, and those only an admin may
 * (`objectiveId` moves the action, `position` reorders it, `unitCode`, `regional`, `code`).
 */
export class ActionPatchDto extends VersionDto implements ActionAdminPatchRequest {
  @ApiPropertyOptional()
  @IsTitle(500, 'patch')
  title?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsDescription()
  description?: string | null;

  @ApiPropertyOptional({ nullable: true, example: '2025-01-15' })
  @IsOptionalDate(START_DATE_MESSAGE)
  startDate?: string | null;

  @ApiPropertyOptional({ nullable: true, example: '2026-12-31' })
  @IsOptionalDate(DUE_DATE_MESSAGE)
  dueDate?: string | null;

  @ApiPropertyOptional({ description: '0 < poids ≤ 100.' })
  @IsWeight()
  weight?: number;

  @ApiPropertyOptional({ nullable: true })
  @IsOptionalId(OWNER_MESSAGE)
  ownerId?: number | null;

  @ApiPropertyOptional({ description: 'Administration : déplace l’action vers un autre objectif du même projet.' })
  @IsOmittable()
  @IsId(OBJECTIVE_MESSAGE)
  objectiveId?: number;

  @ApiPropertyOptional({ description: 'Administration : sa place dans l’objectif (0 = première).' })
  @IsOmittable()
  @Min(0, { message: 'La place est un entier à partir de 0.' })
  @IsInt({ message: 'La place est un entier à partir de 0.' })
  position?: number;

  @ApiPropertyOptional({ description: 'Administration : la sous-direction qui porte l’action.' })
  @IsUnitCode('patch')
  unitCode?: string;

  @ApiPropertyOptional({ description: 'Administration : déployée dans les 18 régions.' })
  @IsRegional()
  regional?: boolean;

  @ApiPropertyOptional({ description: 'Administration : le code, unique dans le projet.', example: '1.2.3' })
  @IsActionCode()
  code?: string;
}
