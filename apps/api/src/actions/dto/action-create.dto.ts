import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { UNIT_CODES, type ActionCreateRequest } from '@boussole/domain';
import { IsBoolean, IsIn, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { IsOmittable, IsRequired } from '../../common/dto/required';
import { Trim, TrimToNull } from '../../common/dto/text';
import { IsIsoDate } from '../../common/is-iso-date.validator';
import { ACTION_CODE_PATTERN } from '../action-rules';
import { CODE_MESSAGE, UNIT_MESSAGE, WEIGHT_MESSAGE } from './action-patch.dto';
import { IsId } from '../../common/dto/id';

/** `POST /api/actions` (admin): every field of DESIGN §2. */
export class CreateActionDto implements ActionCreateRequest {
  @ApiProperty()
  @IsId('L’objectif doit être un identifiant.')
  @IsRequired('L’objectif est obligatoire.')
  objectiveId!: number;

  @ApiPropertyOptional({ description: 'Par défaut : le code de l’objectif suivi du prochain numéro libre.', example: '1.2.3' })
  @IsOmittable()
  @Trim()
  @Matches(ACTION_CODE_PATTERN, { message: CODE_MESSAGE })
  @IsString({ message: CODE_MESSAGE })
  code?: string;

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

  @ApiProperty({ enum: UNIT_CODES })
  @IsIn([...UNIT_CODES], { message: UNIT_MESSAGE })
  @IsRequired('La sous-direction est obligatoire.')
  unitCode!: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsId('Le responsable doit être un identifiant d’utilisateur.')
  ownerId?: number | null;

  @ApiPropertyOptional({ nullable: true, example: '2026-01-15' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsIsoDate({ message: 'La date de début doit être une date réelle au format AAAA-MM-JJ.' })
  startDate?: string | null;

  @ApiPropertyOptional({ nullable: true, example: '2027-12-31' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsIsoDate({ message: 'L’échéance doit être une date réelle au format AAAA-MM-JJ.' })
  dueDate?: string | null;

  @ApiPropertyOptional({ default: 1, description: '0 < poids ≤ 100.' })
  @IsOmittable()
  @Max(100, { message: WEIGHT_MESSAGE })
  @Min(0.01, { message: 'Le poids doit être strictement positif.' })
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'Le poids doit être un nombre (deux décimales au plus).' })
  weight?: number;

  @ApiPropertyOptional({ default: false, description: 'Déployée dans les 18 régions : ses déploiements sont créés, non démarrés.' })
  @IsOmittable()
  @IsBoolean({ message: '« regional » vaut true ou false.' })
  regional?: boolean;
}
