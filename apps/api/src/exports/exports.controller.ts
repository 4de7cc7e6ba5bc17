import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow } from '../common/decorators/access.decorator';
import { ParseIdPipe } from '../common/pipes/id.pipe';
import { CSV_TYPE, XLSX_TYPE } from './export-response';
import { ExportsService } from './exports.service';

const AS_OF = { name: 'asOf', required: false, example: '2026-09-30', description: 'La situation à cette date (par défaut : aujourd’hui).' };
const CYCLE = { name: 'cycle', required: false, description: 'Une campagne : son état figé (pas avec « asOf »).' };

// Everyone who may read the plan may export it (DESIGN §4).
@ApiTags('exports')
@Controller('exports/plans')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Allow('read')
  @Get(':id.xlsx')
  @ApiQuery(AS_OF)
  @ApiQuery(CYCLE)
  @ApiProduces(XLSX_TYPE)
  @ApiOperation({ summary: 'Le classeur du plan : axes, objectifs, actions, points d’avancement, déploiements, indicateurs, mesures.' })
  xlsx(@Param('id', ParseIdPipe) id: number, @Res() response: Response, @Query('asOf') asOf?: unknown, @Query('cycle') cycle?: unknown): Promise<void> {
    return this.exports.xlsx(id, { asOf, cycle }, response);
  }

  @Allow('read')
  @Get(':id.csv')
  @ApiQuery(AS_OF)
  @ApiQuery(CYCLE)
  @ApiProduces(CSV_TYPE)
  @ApiOperation({ summary: 'Les actions du plan en CSV (UTF-8 avec BOM, « ; »), une ligne par action.' })
  actionsCsv(@Param('id', ParseIdPipe) id: number, @Res() response: Response, @Query('asOf') asOf?: unknown, @Query('cycle') cycle?: unknown): Promise<void> {
    return this.exports.actionsCsv(id, { asOf, cycle }, response);
  }

  @Allow('read')
  @Get(':id/deployments.csv')
  @ApiQuery(AS_OF)
  @ApiQuery(CYCLE)
  @ApiProduces(CSV_TYPE)
  @ApiOperation({ summary: 'Les déploiements régionaux du plan en CSV : une ligne par action régionale et région.' })
  deploymentsCsv(
    @Param('id', ParseIdPipe) id: number,
    @Res() response: Response,
    @Query('asOf') asOf?: unknown,
    @Query('cycle') cycle?: unknown,
  ): Promise<void> {
    return this.exports.deploymentsCsv(id, { asOf, cycle }, response);
  }
}
