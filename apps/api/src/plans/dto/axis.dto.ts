import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AxisCreateRequest, AxisPatchRequest } from '@boussole/domain';
import { IsDescription, IsPlaceNumber, IsTitle } from '../../common/dto/fields';
import { IsOptionalId } from '../../common/dto/id';
import { VersionDto } from '../../common/dto/version.dto';

/** At most 20 axes in a plan (a database rule). */
export const MAX_AXES = 20;
const NUMBER = 'Le numéro d’axe';
const SPONSOR = 'Le sponsor doit être un identifiant d’utilisateur.';

/** `POST /api/plans/:id/axes`. */
export class CreateAxisDto implements AxisCreateRequest {
  @ApiProperty()
  @IsTitle(500, 'create')
  title!: string;

  @ApiPropertyOptional({ nullable: true })
  @IsDescription()
  description?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'Un compte actif de la direction (ou de l’administration).' })
  @IsOptionalId(SPONSOR)
  sponsorId?: number | null;

  @ApiPropertyOptional({ description: 'Sa place dans le plan (1 = premier) ; à la fin si absent.' })
  @IsPlaceNumber(NUMBER, MAX_AXES)
  number?: number;
}

/** `PATCH /api/axes/:id`: `number` moves the axis, its siblings and objective codes follow. */
export class PatchAxisDto extends VersionDto implements AxisPatchRequest {
  @ApiPropertyOptional()
  @IsTitle(500, 'patch')
  title?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsDescription()
  description?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptionalId(SPONSOR)
  sponsorId?: number | null;

  @ApiPropertyOptional()
  @IsPlaceNumber(NUMBER, MAX_AXES)
  number?: number;
}
