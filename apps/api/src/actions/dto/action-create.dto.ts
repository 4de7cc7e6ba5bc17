import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { UNIT_CODES, type ActionCreateRequest } from '@boussole/domain';
import { IsDescription, IsOptionalDate, IsTitle } from '../../common/dto/fields';
import { IsId, IsOptionalId } from '../../common/dto/id';
import { IsRequired } from '../../common/dto/required';
import { IsActionCode, IsRegional, IsUnitCode, IsWeight } from './action-fields';
import { DUE_DATE_MESSAGE, OBJECTIVE_MESSAGE, OWNER_MESSAGE, START_DATE_MESSAGE } from './action-patch.dto';

/** `POST /api/actions` (admin): every field of DESIGN §2. */
export class CreateActionDto implements ActionCreateRequest {
  @ApiProperty()
  @IsId(OBJECTIVE_MESSAGE)
  @IsRequired('L’objectif est obligatoire.')
  objectiveId!: number;

  @ApiPropertyOptional({ description: 'Par défaut : le code de l’objectif suivi du prochain numéro libre.', example: '1.2.3' })
  @IsActionCode()
  code?: string;

  @ApiProperty()
  @IsTitle(500, 'create')
  title!: string;

  @ApiPropertyOptional({ nullable: true })
  @IsDescription()
  description?: string | null;

  @ApiProperty({ enum: UNIT_CODES })
  @IsUnitCode('create')
  unitCode!: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptionalId(OWNER_MESSAGE)
  ownerId?: number | null;

  @ApiPropertyOptional({ nullable: true, example: '2026-01-15' })
  @IsOptionalDate(START_DATE_MESSAGE)
  startDate?: string | null;

  @ApiPropertyOptional({ nullable: true, example: '2027-12-31' })
  @IsOptionalDate(DUE_DATE_MESSAGE)
  dueDate?: string | null;

  @ApiPropertyOptional({ default: 1, description: '0 < poids ≤ 100.' })
  @IsWeight()
  weight?: number;

  @ApiPropertyOptional({ default: false, description: 'Déployée dans les 18 régions : ses déploiements sont créés, non démarrés.' })
  @IsRegional()
  regional?: boolean;
}
