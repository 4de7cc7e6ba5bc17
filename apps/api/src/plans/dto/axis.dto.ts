import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AxisCreateRequest, AxisPatchRequest } from '@boussole/domain';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { IsOmittable, IsRequired } from '../../common/dto/required';
import { Trim, TrimToNull } from '../../common/dto/text';
import { VersionDto } from '../../common/dto/version.dto';
import { IsId } from '../../common/dto/id';

/** At most 20 axes in a plan (a database rule). */
export const MAX_AXES = 20;

/** `POST /api/plans/:id/axes`. */
export class CreateAxisDto implements AxisCreateRequest {
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

  @ApiPropertyOptional({ nullable: true, description: 'Un compte actif de la direction (ou de l’administration).' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsId('Le sponsor doit être un identifiant d’utilisateur.')
  sponsorId?: number | null;

  @ApiPropertyOptional({ description: 'Sa place dans le plan (1 = premier) ; à la fin si absent.' })
  @IsOmittable()
  @Max(MAX_AXES, { message: `Le numéro d’axe est compris entre 1 et ${MAX_AXES}.` })
  @Min(1, { message: `Le numéro d’axe est compris entre 1 et ${MAX_AXES}.` })
  @IsInt({ message: 'Le numéro d’axe doit être un entier.' })
  number?: number;
}

/** `PATCH /api/axes/:id`: `number` moves the axis, its siblings and objective codes follow. */
export class PatchAxisDto extends VersionDto implements AxisPatchRequest {
  @ApiPropertyOptional()
  @IsOmittable()
  @Trim()
  @MaxLength(500, { message: 'Le titre est limité à 500 caractères.' })
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

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsId('Le sponsor doit être un identifiant d’utilisateur.')
  sponsorId?: number | null;

  @ApiPropertyOptional()
  @IsOmittable()
  @Max(MAX_AXES, { message: `Le numéro d’axe est compris entre 1 et ${MAX_AXES}.` })
  @Min(1, { message: `Le numéro d’axe est compris entre 1 et ${MAX_AXES}.` })
  @IsInt({ message: 'Le numéro d’axe doit être un entier.' })
  number?: number;
}
