import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNumber, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { IsIsoDate } from '../../common/is-iso-date.validator';

/** `PATCH /api/actions/:id`: the fields a project manager may edit. */
export class ActionPatchDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'Le titre doit être un texte.' })
  @MinLength(1, { message: 'Le titre ne peut pas être vide.' })
  @MaxLength(500, { message: 'Le titre est limité à 500 caractères.' })
  title?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString({ message: 'La description doit être un texte.' })
  @MaxLength(10000, { message: 'La description est limitée à 10 000 caractères.' })
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

  @ApiPropertyOptional()
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'Le poids doit être un nombre (deux décimales au plus).' })
  @Min(0.01, { message: 'Le poids doit être strictement positif.' })
  @Max(1000, { message: 'Le poids est limité à 1 000.' })
  weight?: number;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt({ message: 'Le responsable doit être un identifiant d’utilisateur.' })
  @Min(1, { message: 'Le responsable doit être un identifiant d’utilisateur.' })
  ownerId?: number | null;

  @ApiPropertyOptional({ description: 'La version modifiée, si l’en-tête If-Match n’est pas envoyé.' })
  @IsOptional()
  @IsInt({ message: 'La version doit être un entier.' })
  @Min(1, { message: 'La version doit être un entier.' })
  version?: number;
}
