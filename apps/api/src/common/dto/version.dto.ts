import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Min } from 'class-validator';

/** The version a write is based on, when the `If-Match` header is not sent (e.g. a DELETE's body). */
export class VersionDto {
  @ApiPropertyOptional({ description: 'La version modifiée, si l’en-tête If-Match n’est pas envoyé.' })
  @IsOptional()
  @Min(1, { message: 'La version doit être un entier.' })
  @IsInt({ message: 'La version doit être un entier.' })
  version?: number;
}
