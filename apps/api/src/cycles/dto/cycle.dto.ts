import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CYCLE_STATES, type CycleCreateRequest, type CyclePatchRequest, type CycleState } from '@boussole/domain';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { IsOmittable, IsRequired } from '../../common/dto/required';
import { Trim } from '../../common/dto/text';
import { VersionDto } from '../../common/dto/version.dto';
import { IsIsoDate } from '../../common/is-iso-date.validator';
import { IsId } from '../../common/dto/id';

const LABEL = { max: 50 };

/** `POST /api/cycles` (admin): a planned cycle of a plan. */
export class CreateCycleDto implements CycleCreateRequest {
  @ApiProperty()
  @IsId('Le projet stratégique doit être un identifiant.')
  @IsRequired('Le projet stratégique est obligatoire.')
  planId!: number;

  @ApiProperty({ example: 'T1 2028' })
  @Trim()
  @MaxLength(LABEL.max, { message: `Le libellé est limité à ${LABEL.max} caractères.` })
  @MinLength(1, { message: 'Le libellé est obligatoire (ex. T1 2028).' })
  @IsString({ message: 'Le libellé doit être un texte.' })
  @IsRequired('Le libellé est obligatoire (ex. T1 2028).')
  label!: string;

  @ApiProperty({ example: '2028-03-16' })
  @IsIsoDate({ message: 'La date d’ouverture doit être une date réelle au format AAAA-MM-JJ.' })
  @IsRequired('La date d’ouverture est obligatoire.')
  opensOn!: string;

  @ApiProperty({ example: '2028-04-10' })
  @IsIsoDate({ message: 'La date de clôture doit être une date réelle au format AAAA-MM-JJ.' })
  @IsRequired('La date de clôture est obligatoire.')
  closesOn!: string;
}

/** `PATCH /api/cycles/:id`: label and dates while not closed; the state moves forward (planned → open → closed). */
export class PatchCycleDto extends VersionDto implements CyclePatchRequest {
  @ApiPropertyOptional()
  @IsOmittable()
  @Trim()
  @MaxLength(LABEL.max, { message: `Le libellé est limité à ${LABEL.max} caractères.` })
  @MinLength(1, { message: 'Le libellé ne peut pas être vide.' })
  @IsString({ message: 'Le libellé doit être un texte.' })
  label?: string;

  @ApiPropertyOptional({ example: '2028-03-16' })
  @IsOmittable()
  @IsIsoDate({ message: 'La date d’ouverture doit être une date réelle au format AAAA-MM-JJ.' })
  opensOn?: string;

  @ApiPropertyOptional({ example: '2028-04-10' })
  @IsOmittable()
  @IsIsoDate({ message: 'La date de clôture doit être une date réelle au format AAAA-MM-JJ.' })
  closesOn?: string;

  @ApiPropertyOptional({ enum: CYCLE_STATES })
  @IsOmittable()
  @IsIn([...CYCLE_STATES], { message: 'L’état est « planned » (planifiée), « open » (ouverte) ou « closed » (close).' })
  state?: CycleState;
}
