import { Body, Controller, Get, Headers, Param, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import type { AxisPayload, PlanDetail } from '@boussole/domain';
import type { Request, Response } from 'express';
import type { RequestUser } from '../auth/request-user';
import { ReadCache } from '../common/cache/read-cache.service';
import { sendJson } from '../common/cache/send-json';
import { Allow, CurrentUser } from '../common/decorators/access.decorator';
import { ParseIdPipe } from '../common/pipes/id.pipe';
import { AxesService } from './axes.service';
import { CreateAxisDto } from './dto/axis.dto';
import { CreatePlanDto, PatchPlanDto } from './dto/plan.dto';
import { PlansAdminService } from './plans-admin.service';
import { PlansService } from './plans.service';
import { ApiAnswers } from '../common/openapi/api-answers.decorator';

@ApiTags('plans')
@Controller('plans')
export class PlansController {
  constructor(
    private readonly plans: PlansService,
    private readonly admin: PlansAdminService,
    private readonly axes: AxesService,
    private readonly cache: ReadCache,
  ) {}

  @ApiAnswers({ summary: 'Les projets stratégiques, le projet en cours d’abord.', ok: ['PlanSummary'] })
  @Allow('read')
  @Get()
  async list(@Req() request: Request, @Res() response: Response): Promise<void> {
    // Every dashboard reads it (the plan switcher), and it counts each plan's actions.
    const body = await this.cache.json('plans', () => this.plans.list(), request);
    sendJson(request, response, body);
  }

  @ApiAnswers({ summary: 'Un projet stratégique avec ses axes et leurs objectifs.', ok: 'PlanDetail', errors: [404] })
  @Allow('read')
  @Get(':id')
  async get(@Param('id', ParseIdPipe) id: number, @Req() request: Request, @Res() response: Response): Promise<void> {
    // The dashboard's first read, beside the roll-up: kept until the next write like it, rather
    // than four queries for every page opened.
    const body = await this.cache.json(`plan:${id}`, () => this.plans.get(id), request);
    sendJson(request, response, body);
  }

  @ApiAnswers({ summary: 'Crée un projet stratégique, à l’état de brouillon (administration).', ok: 'PlanDetail', errors: [409] })
  @Allow('plan.manage')
  @Post()
  create(@CurrentUser() user: RequestUser, @Body() body: CreatePlanDto): Promise<PlanDetail> {
    return this.admin.create(user, body);
  }

  @ApiAnswers({
    summary: 'Modifie un projet stratégique ; son état avance seulement (brouillon → en cours → archivé).',
    ok: 'PlanDetail',
    errors: [404, 428],
    conflict: 'PlanDetail',
  })
  @Allow('plan.manage')
  @Patch(':id')
  @ApiHeader({ name: 'If-Match', description: 'La version du projet modifiée (ou « version » dans le corps).' })
  patch(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIdPipe) id: number,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: PatchPlanDto,
  ): Promise<PlanDetail> {
    return this.admin.patch(user, id, ifMatch, body);
  }

  @ApiAnswers({ summary: 'Ajoute un axe au projet, à la place donnée (à la fin par défaut).', ok: 'AxisPayload', errors: [404, 409] })
  @Allow('plan.manage')
  @Post(':id/axes')
  createAxis(@CurrentUser() user: RequestUser, @Param('id', ParseIdPipe) id: number, @Body() body: CreateAxisDto): Promise<AxisPayload> {
    return this.axes.create(user, id, body);
  }
}
