import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow } from '../common/decorators/access.decorator';
import { ParseIdPipe } from '../common/pipes/id.pipe';
import { CSV_TYPE, XLSX_TYPE } from './export-response';
import { ExportsService } from './exports.service';
import { ApiAnswers } from '../common/openapi/api-answers.decorator';

const AS_OF = { name: 'asOf', required: false, example: '2026-09-30', description: 'La situation à cette date (par défaut : aujourd’hui).' };
const CYCLE = { name: 'cycle', required: false, description: 'Une campagne : son état figé (pas avec « asOf »).' };

// Everyone who may read the plan may export it (DESIGN §4).
@ApiTags('exports')
@Controller('exports/plans')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @ApiAnswers({
    summary: 'Le classeur du plan : axes, objectifs, actions, points d’avancement, déploiements, indicateurs, mesures.',
    ok: { file: XLSX_TYPE },
    // 429: the large files are made one at a time per process, a long queue is refused (file-work-gate.ts).
    errors: [404, 429],
  })
  @Allow('read')
  @Get(':id.xlsx')
  @ApiQuery(AS_OF)
  @ApiQuery(CYCLE)
  xlsx(@Param('id', ParseIdPipe) id: number, @Res() response: Response, @Query('asOf') asOf?: unknown, @Query('cycle') cycle?: unknown): Promise<void> {
    return this.exports.xlsx(id, { asOf, cycle }, response);
  }

  @ApiAnswers({ summary: 'Les actions du plan en CSV (UTF-8 avec BOM, « ; »), une ligne par action.', ok: { file: CSV_TYPE }, errors: [404] })
  @Allow('read')
  @Get(':id.csv')
  @ApiQuery(AS_OF)
  @ApiQuery(CYCLE)
  actionsCsv(@Param('id', ParseIdPipe) id: number, @Res() response: Response, @Query('asOf') asOf?: unknown, @Query('cycle') cycle?: unknown): Promise<void> {
    return this.exports.actionsCsv(id, { asOf, cycle }, response);
  }

  @ApiAnswers({ summary: 'Les déploiements régionaux du plan en CSV : une ligne par action régionale et région.', ok: { file: CSV_TYPE }, errors: [404] })
  @Allow('read')
  @Get(':id/deployments.csv')
  @ApiQuery(AS_OF)
  @ApiQuery(CYCLE)
  deploymentsCsv(
    @Param('id', ParseIdPipe) id: number,
    @Res() response: Response,
    @Query('asOf') asOf?: unknown,
    @Query('cycle') cycle?: unknown,
  ): Promise<void> {
    return this.exports.deploymentsCsv(id, { asOf, cycle }, response);
  }
}
