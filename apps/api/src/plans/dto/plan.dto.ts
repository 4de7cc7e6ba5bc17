import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PLAN_STATES, type PlanCreateRequest, type PlanPatchRequest, type PlanState } from '@boussole/domain';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { IsDescription, IsTitle } from '../../common/dto/fields';
import { IsOmittable, IsRequired } from '../../common/dto/required';
import { VersionDto } from '../../common/dto/version.dto';

const YEAR = { min: 2000, max: 2100 };

/** A plan's first or last year, 2000 to 2100 (a database rule); required on creation only. */
function IsPlanYear(which: 'start' | 'end', mode: 'create' | 'patch') {
  const the = which === 'start' ? 'L’année de début' : 'L’année de fin';
  const range = { message: `${the} est comprise entre ${YEAR.min} et ${YEAR.max}.` };
  return applyDecorators(
    mode === 'create' ? IsRequired(`${the} est obligatoire.`) : IsOmittable(),
    IsInt({ message: `${the} doit être une année (ex. ${which === 'start' ? 2028 : 2030}).` }),
    Min(YEAR.min, range),
    Max(YEAR.max, range),
  );
}

/** `POST /api/plans`: a new plan, always a draft. */
export class CreatePlanDto implements PlanCreateRequest {
  @ApiProperty({ example: 'Projet stratégique 2028-2030' })
  @IsTitle(300, 'create')
  title!: string;

  @ApiPropertyOptional({ nullable: true })
  @IsDescription()
  description?: string | null;

  @ApiProperty({ example: 2028 })
  @IsPlanYear('start', 'create')
  startYear!: number;

  @ApiProperty({ example: 2030 })
  @IsPlanYear('end', 'create')
  endYear!: number;
}

/** `PATCH /api/plans/:id`: the fields, and the state moving forward (draft → active → archived). */
export class PatchPlanDto extends VersionDto implements PlanPatchRequest {
  @ApiPropertyOptional()
  @IsTitle(300, 'patch')
  title?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsDescription()
  description?: string | null;

  @ApiPropertyOptional()
  @IsPlanYear('start', 'patch')
  startYear?: number;

  @ApiPropertyOptional()
  @IsPlanYear('end', 'patch')
  endYear?: number;

  @ApiPropertyOptional({ enum: PLAN_STATES })
  @IsOmittable()
  @IsIn([...PLAN_STATES], { message: 'L’état est « draft » (brouillon), « active » (en cours) ou « archived » (archivé).' })
  state?: PlanState;
}
