import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { IsIsoDate } from '../../common/is-iso-date.validator';

export class CreateMilestoneDto {
  @ApiProperty()
  @IsString({ message: 'L’intitulé du jalon doit être un texte.' })
  @MinLength(1, { message: 'L’intitulé du jalon est obligatoire.' })
  @MaxLength(300, { message: 'L’intitulé du jalon est limité à 300 caractères.' })
  title!: string;

  @ApiProperty({ example: '2026-06-30' })
  @IsIsoDate({ message: 'La date prévue doit être une date réelle au format AAAA-MM-JJ.' })
  plannedDate!: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsIsoDate({ message: 'La date réelle doit être une date réelle au format AAAA-MM-JJ.' })
  actualDate?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: '« done » vaut true ou false.' })
  done?: boolean;
}

export class UpdateMilestoneDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'L’intitulé du jalon doit être un texte.' })
  @MinLength(1, { message: 'L’intitulé du jalon est obligatoire.' })
  @MaxLength(300, { message: 'L’intitulé du jalon est limité à 300 caractères.' })
  title?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsIsoDate({ message: 'La date prévue doit être une date réelle au format AAAA-MM-JJ.' })
  plannedDate?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsIsoDate({ message: 'La date réelle doit être une date réelle au format AAAA-MM-JJ.' })
  actualDate?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: '« done » vaut true ou false.' })
  done?: boolean;
}
