import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import type { PlanSignals } from '@boussole/domain';
import type { Request, Response } from 'express';
import { ReadCache } from '../common/cache/read-cache.service';
import { sendJson } from '../common/cache/send-json';
import { Allow } from '../common/decorators/access.decorator';
import { ParseIdPipe } from '../common/pipes/id.pipe';
import { ChangesService } from './changes.service';
import { RollupExplainQuery } from './dto/rollup-explain.query';
import { todayIso } from './plan-clock';
import { RollupExplainService } from './rollup-explain.service';
import { RollupService } from './rollup.service';
import { SignalsService } from './signals.service';
import { ApiAnswers } from '../common/openapi/api-answers.decorator';

@ApiTags('rollups')
@Controller('plans')
export class RollupsController {
  constructor(
    private readonly rollups: RollupService,
    private readonly explanations: RollupExplainService,
    private readonly changes: ChangesService,
    private readonly signals: SignalsService,
    private readonly cache: ReadCache,
  ) {}

  @ApiAnswers({
    summary:
      'Avancement, météo, décomptes et signaux du plan, de chaque axe et objectif, avec la règle qui a décidé la météo ; les actions prises en compte viennent de /rollup/explain.',
    ok: 'PlanRollup',
    errors: [404],
  })
  @Allow('read')
  @Get(':id/rollup')
  @ApiQuery({ name: 'asOf', required: false, example: '2026-09-30' })
  async rollup(
    @Param('id', ParseIdPipe) id: number,
    @Req() request: Request,
    @Res() response: Response,
    @Query('asOf') asOf?: string,
  ): Promise<void> {
    // Today's date is part of the key: at midnight the same data gives other figures.
    const body = await this.cache.json(`rollup:${id}:${asOf ?? ''}:${todayIso()}`, () => this.rollups.rollup(id, asOf), request);
    sendJson(request, response, body);
  }

  @ApiAnswers({
    summary:
      'Comment est-ce calculé ? Les actions d’un nœud (plan, axe, objectif) : celles prises en compte (poids, avancement) puis celles écartées (motif), par code ; paginé, total dans X-Total-Count.',
    ok: 'RollupExplainPage',
    paginated: true,
    errors: [404],
  })
  @Allow('read')
  @Get(':id/rollup/explain')
  @ApiQuery({ name: 'page', required: false, description: 'Page, à partir de 1.', example: 1 })
  @ApiQuery({ name: 'pageSize', required: false, description: 'Actions par page, 1 à 200 (50 par défaut).', example: 50 })
  async explain(
    @Param('id', ParseIdPipe) id: number,
    @Query() query: RollupExplainQuery,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    // The validated query is the key, with today's date as for the roll-up.
    const key = `rollup-explain:${id}:${todayIso()}:${JSON.stringify(query, Object.keys(query).sort())}`;
    const body = await this.cache.answer(key, async () => {
      const page = await this.explanations.explain(id, query);
      return { body: page, headers: { 'X-Total-Count': String(page.countedTotal + page.excludedTotal) } };
    }, request);
    sendJson(request, response, body);
  }

  @ApiAnswers({
    summary: 'Les actions dont la météo ou l’avancement ont changé depuis une date, ou depuis l’état figé d’une campagne.',
    ok: 'PlanChanges',
    errors: [404],
  })
  @Allow('read')
  @Get(':id/changes')
  @ApiQuery({ name: 'since', required: false, example: '2026-08-16' })
  @ApiQuery({ name: 'sinceCycle', required: false, description: 'Une campagne : comparer avec son état figé (pas avec « since »).' })
  async since(
    @Param('id', ParseIdPipe) id: number,
    @Req() request: Request,
    @Res() response: Response,
    @Query('since') since?: string,
    @Query('sinceCycle') sinceCycle?: string,
  ): Promise<void> {
    // The dashboard's first screen reads it (each axis's changes, the worsened actions): kept until
    // the next write like the roll-up, with today's date in the key (the default day moves with it).
    const key = `changes:${id}:${since ?? ''}:${sinceCycle ?? ''}:${todayIso()}`;
    const body = await this.cache.json(key, () => this.changes.changes(id, since, sinceCycle), request);
    sendJson(request, response, body);
  }

  @ApiAnswers({ summary: 'Les signaux des actions, déploiements et indicateurs du plan.', ok: 'PlanSignals', errors: [404] })
  @Allow('read')
  @Get(':id/signals')
  forPlan(@Param('id', ParseIdPipe) id: number): Promise<PlanSignals> {
    return this.signals.forPlan(id);
  }
}
