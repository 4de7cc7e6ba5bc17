import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { STATUSES, type Status } from '@boussole/domain';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class StatusUpdateDto {
  @ApiProperty({ enum: STATUSES })
  @IsIn([...STATUSES], { message: `La météo doit être l’une de : ${STATUSES.join(', ')}.` })
  status!: Status;

  @ApiProperty({ minimum: 0, maximum: 100 })
  @IsInt({ message: 'L’avancement doit être un nombre entier entre 0 et 100.' })
  @Min(0, { message: 'L’avancement doit être un nombre entier entre 0 et 100.' })
  @Max(100, { message: 'L’avancement doit être un nombre entier entre 0 et 100.' })
  progress!: number;

  @ApiPropertyOptional({ description: 'Obligatoire quand la météo se dégrade.' })
  @IsOptional()
  @IsString({ message: 'Le point d’avancement doit être un texte.' })
  @MaxLength(5000, { message: 'Le point d’avancement est limité à 5 000 caractères.' })
  narrative?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'Les prochaines étapes doivent être un texte.' })
  @MaxLength(5000, { message: 'Les prochaines étapes sont limitées à 5 000 caractères.' })
  nextSteps?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'Les points de blocage doivent être un texte.' })
  @MaxLength(5000, { message: 'Les points de blocage sont limités à 5 000 caractères.' })
  blockers?: string;

  @ApiProperty({ description: 'La version de l’action sur laquelle porte la mise à jour.' })
  @IsInt({ message: 'La version de l’action est obligatoire (entier).' })
  @Min(1, { message: 'La version de l’action est obligatoire (entier).' })
  version!: number;
}
