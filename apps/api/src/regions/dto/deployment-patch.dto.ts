import { ApiPropertyOptional } from '@nestjs/swagger';
import { STATUSES, type Status } from '@boussole/domain';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';

export class DeploymentPatchDto {
  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn([...STATUSES], { message: `La météo doit être l’une de : ${STATUSES.join(', ')}.` })
  status?: Status;

  @ApiPropertyOptional({ minimum: 0, maximum: 100 })
  @IsOptional()
  @IsInt({ message: 'L’avancement doit être un nombre entier entre 0 et 100.' })
  @Min(0, { message: 'L’avancement doit être un nombre entier entre 0 et 100.' })
  @Max(100, { message: 'L’avancement doit être un nombre entier entre 0 et 100.' })
  progress?: number;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString({ message: 'Le commentaire de déploiement doit être un texte.' })
  @MaxLength(5000, { message: 'Le commentaire de déploiement est limité à 5 000 caractères.' })
  narrative?: string | null;

  @ApiPropertyOptional({ description: 'La version modifiée, si l’en-tête If-Match n’est pas envoyé.' })
  @IsOptional()
  @IsInt({ message: 'La version doit être un entier.' })
  @Min(1, { message: 'La version doit être un entier.' })
  version?: number;
}
