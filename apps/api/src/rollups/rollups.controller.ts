import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { PlanChanges, PlanRollup, PlanSignals } from '@boussole/domain';
import { Allow } from '../common/decorators/access.decorator';
import { ParseIdPipe } from '../common/pipes/id.pipe';
import { ChangesService } from './changes.service';
import { RollupService } from './rollup.service';
import { SignalsService } from './signals.service';

@ApiTags('rollups')
@Controller('plans')
export class RollupsController {
  constructor(
    private readonly rollups: RollupService,
    private readonly changes: ChangesService,
    private readonly signals: SignalsService,
  ) {}

  @Allow('read')
  @Get(':id/rollup')
  @ApiQuery({ name: 'asOf', required: false, example: '2026-09-30' })
  @ApiOperation({ summary: 'Avancement, météo, décomptes et signaux du plan, de chaque axe et objectif, expliqués.' })
  rollup(@Param('id', ParseIdPipe) id: number, @Query('asOf') asOf?: string): Promise<PlanRollup> {
    return this.rollups.rollup(id, asOf);
  }

  @Allow('read')
  @Get(':id/changes')
  @ApiQuery({ name: 'since', required: false, example: '2026-08-16' })
  @ApiOperation({ summary: 'Les actions dont la météo ou l’avancement ont changé depuis une date.' })
  since(@Param('id', ParseIdPipe) id: number, @Query('since') since?: string): Promise<PlanChanges> {
    return this.changes.since(id, since);
  }

  @Allow('read')
  @Get(':id/signals')
  @ApiOperation({ summary: 'Les signaux des actions, déploiements et indicateurs du plan.' })
  forPlan(@Param('id', ParseIdPipe) id: number): Promise<PlanSignals> {
    return this.signals.forPlan(id);
  }
}
