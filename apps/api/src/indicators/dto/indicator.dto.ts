import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import type { IndicatorAttachmentKind, IndicatorCreateRequest, IndicatorPatchRequest, Periodicity } from '@boussole/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsOmittable, IsRequired } from '../../common/dto/required';
import { Trim, TrimToNull } from '../../common/dto/text';
import { IsDecimalNumber } from '../../common/is-decimal-number.validator';
import { IsIsoDate } from '../../common/is-iso-date.validator';
import { IsTitle } from '../../common/dto/fields';
import { IsVersion } from '../../common/dto/version.dto';
import { IsId } from '../../common/dto/id';

export const ATTACHMENT_KINDS: readonly IndicatorAttachmentKind[] = ['plan', 'axis', 'objective', 'action'];
const PERIODICITIES: readonly Periodicity[] = ['month', 'quarter', 'year'];
const LIMIT = 1e12;

export class AttachmentDto {
  @ApiProperty({ enum: ATTACHMENT_KINDS })
  @IsIn([...ATTACHMENT_KINDS], { message: 'Un indicateur est rattaché au plan, à un axe, à un objectif ou à une action (plan, axis, objective, action).' })
  kind!: IndicatorAttachmentKind;

  @ApiPropertyOptional({ nullable: true, description: 'L’axe, l’objectif ou l’action ; sans objet pour le plan.' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsId('Le rattachement doit être un identifiant.')
  id?: number | null;
}

export class IntermediateTargetDto {
  @ApiProperty({ example: '2026-12-31' })
  @IsIsoDate({ message: 'La date d’une cible intermédiaire doit être une date réelle au format AAAA-MM-JJ.' })
  date!: string;

  @ApiProperty()
  @Max(LIMIT, { message: 'La valeur est hors des limites admises.' })
  @Min(-LIMIT, { message: 'La valeur est hors des limites admises.' })
  @IsDecimalNumber(4, { message: 'La valeur d’une cible intermédiaire doit être un nombre (4 décimales au plus).' })
  value!: number;
}

/** `POST /api/indicators` (admin): every field of DESIGN §2. */
export class CreateIndicatorDto implements IndicatorCreateRequest {
  @ApiProperty()
  @IsId('Le projet stratégique doit être un identifiant.')
  @IsRequired('Le projet stratégique est obligatoire.')
  planId!: number;

  @ApiProperty({ type: AttachmentDto })
  @ValidateNested({ message: 'Le rattachement est un objet { kind, id }.' })
  @Type(() => AttachmentDto)
  @IsObject({ message: 'Le rattachement est un objet { kind, id }.' })
  @IsRequired('Le rattachement est obligatoire.')
  attachedTo!: AttachmentDto;

  @ApiProperty()
  @IsTitle(300, 'create', { the: 'Le nom', a: 'un texte' })
  name!: string;

  @ApiProperty({ example: '%' })
  @Trim()
  @MaxLength(50, { message: 'L’unité est limitée à 50 caractères.' })
  @MinLength(1, { message: 'L’unité est obligatoire (ex. %, nombre, jours).' })
  @IsString({ message: 'L’unité doit être un texte.' })
  @IsRequired('L’unité est obligatoire (ex. %, nombre, jours).')
  unit!: string;

  @ApiProperty()
  @Max(LIMIT, { message: 'La valeur est hors des limites admises.' })
  @Min(-LIMIT, { message: 'La valeur est hors des limites admises.' })
  @IsDecimalNumber(4, { message: 'La valeur de référence doit être un nombre (4 décimales au plus).' })
  @IsRequired('La valeur de référence est obligatoire.')
  baselineValue!: number;

  @ApiProperty({ example: '2024-12-31' })
  @IsIsoDate({ message: 'La date de référence doit être une date réelle au format AAAA-MM-JJ.' })
  @IsRequired('La date de référence est obligatoire.')
  baselineDate!: string;

  @ApiProperty()
  @Max(LIMIT, { message: 'La valeur est hors des limites admises.' })
  @Min(-LIMIT, { message: 'La valeur est hors des limites admises.' })
  @IsDecimalNumber(4, { message: 'La cible doit être un nombre (4 décimales au plus).' })
  @IsRequired('La cible est obligatoire.')
  targetValue!: number;

  @ApiProperty({ example: '2027-12-31' })
  @IsIsoDate({ message: 'La date de la cible doit être une date réelle au format AAAA-MM-JJ.' })
  @IsRequired('La date de la cible est obligatoire.')
  targetDate!: string;

  @ApiPropertyOptional({ type: [IntermediateTargetDto] })
  @IsOptional()
  @ValidateNested({ each: true, message: 'Chaque cible intermédiaire est un objet { date, value }.' })
  @Type(() => IntermediateTargetDto)
  @ArrayMaxSize(50, { message: 'Au plus 50 cibles intermédiaires.' })
  @IsArray({ message: 'Les cibles intermédiaires sont une liste de { date, value }.' })
  intermediateTargets?: IntermediateTargetDto[];

  @ApiProperty({ enum: PERIODICITIES })
  @IsIn([...PERIODICITIES], { message: 'La périodicité est month (mensuelle), quarter (trimestrielle) ou year (annuelle).' })
  @IsRequired('La périodicité est obligatoire.')
  periodicity!: Periodicity;

  @ApiPropertyOptional({ description: 'Mesuré par région.' })
  @IsOmittable()
  @IsBoolean({ message: '« regional » vaut true ou false.' })
  regional?: boolean;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @TrimToNull()
  @ValidateIf((_, v) => v !== null)
  @MaxLength(1000, { message: 'La source est limitée à 1 000 caractères.' })
  @IsString({ message: 'La source doit être un texte.' })
  source?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @TrimToNull()
  @ValidateIf((_, v) => v !== null)
  @MaxLength(10000, { message: 'La définition est limitée à 10 000 caractères.' })
  @IsString({ message: 'La définition doit être un texte.' })
  definition?: string | null;
}

/** `PATCH /api/indicators/:id`: the same fields, each optional, and the version edited. */
// Null is checked, not skipped: a field left out is unchanged, a null one is refused by its own checks.
export class PatchIndicatorDto extends PartialType(OmitType(CreateIndicatorDto, ['planId'] as const), { skipNullProperties: false }) implements IndicatorPatchRequest {
  @IsVersion()
  version?: number;
}
