import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { PageQuery } from '../../common/page.query';

/** `plan`, `axis:<id>` or `objective:<id>` (ids as the roll-up gives them). */
export const NODE_PATTERN = /^(plan|(axis|objective):[1-9][0-9]{0,9})$/;
const NODE_MESSAGE = 'Le nœud « node » doit valoir plan, axis:<id> ou objective:<id>.';

/** `GET /api/plans/:id/rollup/explain?node=&asOf=&page=&pageSize=`. */
export class RollupExplainQuery extends PageQuery {
  @ApiProperty({ description: 'Le nœud expliqué : plan, axis:<id> ou objective:<id>.', example: 'axis:3' })
  @IsString({ message: NODE_MESSAGE })
  @Matches(NODE_PATTERN, { message: NODE_MESSAGE })
  node!: string;

  @ApiPropertyOptional({ description: 'La date de référence du roll-up (aujourd’hui par défaut).', example: '2026-09-30' })
  @IsOptional()
  @IsString({ message: 'La date « asOf » doit être une date réelle au format AAAA-MM-JJ.' })
  asOf?: string;
}
