import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ObjectiveCreateRequest, ObjectivePatchRequest } from '@boussole/domain';
import { IsDescription, IsPlaceNumber, IsTitle } from '../../common/dto/fields';
import { VersionDto } from '../../common/dto/version.dto';

/** At most 50 objectives in an axis (a database rule). */
export const MAX_OBJECTIVES = 50;
const NUMBER = 'Le numéro d’objectif';

/** `POST /api/axes/:id/objectives`. */
export class CreateObjectiveDto implements ObjectiveCreateRequest {
  @ApiProperty()
  @IsTitle(500, 'create')
  title!: string;

  @ApiPropertyOptional({ nullable: true })
  @IsDescription()
  description?: string | null;

  @ApiPropertyOptional({ description: 'Sa place dans l’axe (1 = premier) ; à la fin si absent.' })
  @IsPlaceNumber(NUMBER, MAX_OBJECTIVES)
  number?: number;
}

/** `PATCH /api/objectives/:id`: `number` moves the objective inside its axis, codes follow. */
export class PatchObjectiveDto extends VersionDto implements ObjectivePatchRequest {
  @ApiPropertyOptional()
  @IsTitle(500, 'patch')
  title?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsDescription()
  description?: string | null;

  @ApiPropertyOptional()
  @IsPlaceNumber(NUMBER, MAX_OBJECTIVES)
  number?: number;
}
