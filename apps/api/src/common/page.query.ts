import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** `?page=&pageSize=` of a paginated list (DESIGN §5); the total goes in `X-Total-Count`. */
export class PageQuery {
  @ApiPropertyOptional({ description: 'Page, à partir de 1.', minimum: 1, example: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'La page doit être un entier à partir de 1.' })
  @Min(1, { message: 'La page doit être un entier à partir de 1.' })
  @Max(100000, { message: 'La page demandée est trop grande.' })
  page?: number;

  @ApiPropertyOptional({ description: 'Éléments par page, 1 à 200 (50 par défaut).', minimum: 1, maximum: 200, example: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'La taille de page doit être un entier entre 1 et 200.' })
  @Min(1, { message: 'La taille de page doit être un entier entre 1 et 200.' })
  @Max(200, { message: 'La taille de page doit être un entier entre 1 et 200.' })
  pageSize?: number;
}

/** The rows to skip and take for a page (50 a page unless asked otherwise). */
export function pageWindow(query: PageQuery, defaultSize = 50): { offset: number; limit: number } {
  const limit = query.pageSize ?? defaultSize;
  return { offset: ((query.page ?? 1) - 1) * limit, limit };
}
