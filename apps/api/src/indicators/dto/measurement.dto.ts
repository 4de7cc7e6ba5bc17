import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REGION_CODES } from '@boussole/domain';
import { IsIn, IsOptional, Max, Min, ValidateIf } from 'class-validator';
import { IsDecimalNumber } from '../../common/is-decimal-number.validator';
import { IsIsoDate } from '../../common/is-iso-date.validator';

export class MeasurementDto {
  @ApiProperty({ example: '2026-10-01', description: 'Un jour de la période mesurée ; enregistré au premier jour de la période.' })
  @IsIsoDate({ message: 'La période doit être une date réelle au format AAAA-MM-JJ.' })
  period!: string;

  @ApiProperty()
  @Min(-1e12, { message: 'La valeur est hors des limites admises.' })
  @Max(1e12, { message: 'La valeur est hors des limites admises.' })
  // Listed last: class-validator checks the decorators nearest the property first.
  @IsDecimalNumber(4, { message: 'La valeur doit être un nombre (4 décimales au plus).' })
  value!: number;

  @ApiPropertyOptional({ nullable: true, description: 'Absent ou null : mesure nationale.' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsIn([...REGION_CODES], { message: 'La région doit être un code INSEE des 18 régions (ex. 53).' })
  regionCode?: string | null;
}
