import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import type { RegionPayload, RegionRollup, RegionSummary } from '@boussole/domain';
import { Allow } from '../common/decorators/access.decorator';
import { invalid } from '../common/errors/app-error';
import { ParseIdPipe } from '../common/pipes/id.pipe';
import { RegionRollupService } from './region-rollup.service';
import { RegionsService } from './regions.service';
import { ApiAnswers } from '../common/openapi/api-answers.decorator';

@ApiTags('regions')
@Controller('regions')
export class RegionsController {
  constructor(
    private readonly regions: RegionsService,
    private readonly rollups: RegionRollupService,
  ) {}

  @ApiAnswers({
    summary: 'Les 18 agences régionales de santé, par code de région INSEE.',
    ok: { anyOf: [['RegionPayload'], ['RegionSummary']] },
    errors: [404],
  })
  @Allow('read')
  @Get()
  @ApiQuery({ name: 'plan', required: false, description: 'Avec un plan : l’avancement, le rang et les décomptes de chaque région.' })
  list(@Query('plan') plan?: string): Promise<RegionPayload[] | RegionSummary[]> {
    if (plan !== undefined) return this.rollups.summaries(new ParseIdPipe().transform(plan));
    return this.regions.list();
  }

  @ApiAnswers({
    summary: 'L’avancement pondéré d’une région, ses déploiements, ceux en retard sur les autres régions, son rang.',
    ok: 'RegionRollup',
    errors: [404],
  })
  @Allow('read')
  @Get(':code/rollup')
  @ApiQuery({ name: 'plan', required: false })
  rollup(@Param('code') code: string, @Query('plan') plan?: string): Promise<RegionRollup> {
    if (!/^\d{2}$/.test(code)) throw invalid(`Code de région invalide : « ${code.slice(0, 10)} » (deux chiffres INSEE attendus).`);
    return this.rollups.rollup(code, plan === undefined ? undefined : new ParseIdPipe().transform(plan));
  }
}
