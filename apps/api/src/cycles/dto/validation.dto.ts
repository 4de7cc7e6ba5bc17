import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { VALIDATION_TEXT_MAX, type ReopenAxisRequest, type ValidateAxisRequest, type ValidationJustification } from '@boussole/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { IsId } from '../../common/dto/id';
import { IsRequired } from '../../common/dto/required';
import { Trim, TrimToNull } from '../../common/dto/text';


/** Why one expected update is missing. An empty text is the service's to refuse, naming the action. */
export class JustificationDto implements ValidationJustification {
  @ApiProperty()
  @IsId('L’action justifiée doit être un identifiant.')
  @IsRequired('L’action justifiée est obligatoire.')
  actionId!: number;

  @ApiProperty()
  @Trim()
  @MaxLength(VALIDATION_TEXT_MAX, { message: `Une justification est limitée à ${VALIDATION_TEXT_MAX} caractères.` })
  @IsString({ message: 'Une justification doit être un texte.' })
  @IsRequired('Le texte de la justification est obligatoire.')
  text!: string;
}

/** `POST /api/cycles/:id/axes/:axisId/validate`. */
export class ValidateAxisDto implements ValidateAxisRequest {
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @TrimToNull()
  @MaxLength(VALIDATION_TEXT_MAX, { message: `Le commentaire est limité à ${VALIDATION_TEXT_MAX} caractères.` })
  @IsString({ message: 'Le commentaire doit être un texte.' })
  comment?: string;

  @ApiPropertyOptional({ type: [JustificationDto], description: 'Une par action de l’axe sans point d’avancement dans la campagne.' })
  @IsOptional()
  @ValidateNested({ each: true, message: 'Chaque justification est un objet { actionId, text }.' })
  @Type(() => JustificationDto)
  @ArrayMaxSize(5000, { message: 'Au plus 5 000 justifications.' })
  @IsArray({ message: 'Les justifications sont une liste de { actionId, text }.' })
  justifications?: JustificationDto[];
}

/** `DELETE /api/cycles/:id/axes/:axisId/validation` (admin). */
export class ReopenAxisDto implements ReopenAxisRequest {
  @ApiProperty({ example: 'Point d’avancement de l’action 1.2.3 reçu après la validation.' })
  @Trim()
  @MaxLength(VALIDATION_TEXT_MAX, { message: `La raison est limitée à ${VALIDATION_TEXT_MAX} caractères.` })
  @MinLength(1, { message: 'Indiquez pourquoi l’axe est rouvert.' })
  @IsString({ message: 'La raison doit être un texte.' })
  @IsRequired('Indiquez pourquoi l’axe est rouvert.')
  reason!: string;
}
