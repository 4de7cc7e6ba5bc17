import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import type { ActionDetail, MilestonePayload, StatusUpdatePayload, StatusUpdateResponse } from '@boussole/domain';
import type { Request, Response } from 'express';
import { ReadCache } from '../common/cache/read-cache.service';
import { sendJson } from '../common/cache/send-json';
import { todayIso } from '../rollups/plan-clock';
import type { RequestUser } from '../auth/request-user';
import { Allow, CurrentUser } from '../common/decorators/access.decorator';
import { ParseIdPipe } from '../common/pipes/id.pipe';
import { VersionDto } from '../common/dto/version.dto';
import { ActionCreateService } from './action-create.service';
import { ActionDeleteService } from './action-delete.service';
import { ActionDetailService } from './action-detail.service';
import { ActionEditService } from './action-edit.service';
import { ActionsQueryService } from './actions-query.service';
import { CreateActionDto } from './dto/action-create.dto';
import { ActionPatchDto } from './dto/action-patch.dto';
import { ListActionsQuery } from './dto/list-actions.query';
import { CreateMilestoneDto, UpdateMilestoneDto } from './dto/milestone.dto';
import { StatusUpdateDto } from './dto/status-update.dto';
import { MilestonesService } from './milestones.service';
import { StatusUpdatesService } from './status-updates.service';
import { ApiAnswers } from '../common/openapi/api-answers.decorator';

@ApiTags('actions')
@Controller('actions')
export class ActionsController {
  constructor(
    private readonly query: ActionsQueryService,
    private readonly details: ActionDetailService,
    private readonly edits: ActionEditService,
    private readonly creations: ActionCreateService,
    private readonly deletions: ActionDeleteService,
    private readonly updates: StatusUpdatesService,
    private readonly milestones: MilestonesService,
    private readonly cache: ReadCache,
  ) {}

  @ApiAnswers({ summary: 'Recherche et filtre les actions ; le total est dans X-Total-Count.', ok: ['ActionListItem'], paginated: true })
  @Allow('read')
  @Get()
  async list(@Query() filters: ListActionsQuery, @Req() request: Request, @Res() response: Response): Promise<void> {
    // The key is the validated filters, so equivalent URLs share one answer.
    const key = `actions:${todayIso()}:${JSON.stringify(filters, Object.keys(filters).sort())}`;
    const body = await this.cache.answer(key, async () => {
      const page = await this.query.list(filters);
      return { body: page.items, headers: { 'X-Total-Count': String(page.total) } };
    }, request);
    sendJson(request, response, body);
  }

  @ApiAnswers({ summary: 'Une action : jalons, indicateurs, état, avancement attendu, écart, signaux, version.', ok: 'ActionDetail', errors: [404] })
  @Allow('read')
  @Get(':id')
  async get(@Param('id', ParseIdPipe) id: number, @Res({ passthrough: true }) response: Response): Promise<ActionDetail> {
    const action = await this.details.get(id);
    response.setHeader('ETag', `"${action.version}"`);
    // The version is for If-Match, not a cache validator: the answer also changes without it (an
    // archived plan, the open cycle, today's expected progress), and Express would answer a
    // browser's If-None-Match with a stale 304. So the browser keeps no copy to revalidate.
    response.setHeader('Cache-Control', 'no-store');
    return action;
  }

  @ApiAnswers({
    summary: 'Crée une action dans un objectif, à la fin (administration) ; ses 18 déploiements si elle est régionale.',
    ok: 'ActionDetail',
    errors: [404, 409],
  })
  @Allow('plan.manage')
  @Post()
  async create(@CurrentUser() user: RequestUser, @Body() body: CreateActionDto, @Res({ passthrough: true }) response: Response): Promise<ActionDetail> {
    const action = await this.creations.create(user, body);
    response.setHeader('ETag', `"${action.version}"`);
    return action;
  }

  @ApiAnswers({
    summary: 'Supprime une action sans historique (409 sinon : abandonnez-la ou archivez le projet).',
    ok: null,
    errors: [404, 428],
    conflict: 'ActionDetail',
  })
  @Allow('plan.manage')
  @Delete(':id')
  @HttpCode(204)
  @ApiHeader({ name: 'If-Match', description: 'La version de l’action supprimée (ou « version » dans le corps).' })
  remove(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIdPipe) id: number,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: VersionDto,
  ): Promise<void> {
    return this.deletions.remove(user, id, ifMatch, body?.version);
  }

  @ApiAnswers({
    summary:
      'Modifie les champs d’une action (428 sans version, 409 si elle a changé entre-temps) ; l’administration la déplace aussi (objectiveId, position), change sa sous-direction, son code ou son déploiement régional.',
    ok: 'ActionDetail',
    errors: [404, 428],
    conflict: 'ActionDetail',
  })
  @Allow('action.update')
  @Patch(':id')
  @ApiHeader({ name: 'If-Match', description: 'La version de l’action modifiée (ou « version » dans le corps).' })
  async patch(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIdPipe) id: number,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: ActionPatchDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ActionDetail> {
    const action = await this.edits.patch(user, id, ifMatch, body);
    response.setHeader('ETag', `"${action.version}"`);
    return action;
  }

  @ApiAnswers({ summary: 'L’historique des points d’avancement, du plus récent au plus ancien.', ok: ['StatusUpdatePayload'], errors: [404] })
  @Allow('read')
  @Get(':id/updates')
  history(@Param('id', ParseIdPipe) id: number): Promise<StatusUpdatePayload[]> {
    return this.updates.history(id);
  }

  @ApiAnswers({
    summary: 'Publie un point d’avancement (409 si la version a changé entre-temps).',
    ok: 'StatusUpdateResponse',
    errors: [404],
    conflict: 'ActionDetail',
  })
  @Allow('action.update')
  @Post(':id/updates')
  postUpdate(@CurrentUser() user: RequestUser, @Param('id', ParseIdPipe) id: number, @Body() body: StatusUpdateDto): Promise<StatusUpdateResponse> {
    return this.updates.post(user, id, body);
  }

  @ApiAnswers({ summary: 'Les jalons de l’action.', ok: ['MilestonePayload'], errors: [404] })
  @Allow('read')
  @Get(':id/milestones')
  listMilestones(@Param('id', ParseIdPipe) id: number): Promise<MilestonePayload[]> {
    return this.milestones.list(id);
  }

  @ApiAnswers({ summary: 'Ajoute un jalon.', ok: 'MilestonePayload', errors: [404, 409] })
  @Allow('action.update')
  @Post(':id/milestones')
  createMilestone(@CurrentUser() user: RequestUser, @Param('id', ParseIdPipe) id: number, @Body() body: CreateMilestoneDto): Promise<MilestonePayload> {
    return this.milestones.create(user, id, body);
  }

  @ApiAnswers({ summary: 'Modifie un jalon.', ok: 'MilestonePayload', errors: [404, 409] })
  @Allow('action.update')
  @Patch(':id/milestones/:milestoneId')
  updateMilestone(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIdPipe) id: number,
    @Param('milestoneId', ParseIdPipe) milestoneId: number,
    @Body() body: UpdateMilestoneDto,
  ): Promise<MilestonePayload> {
    return this.milestones.update(user, id, milestoneId, body);
  }

  @ApiAnswers({ summary: 'Supprime un jalon.', ok: null, errors: [404, 409] })
  @Allow('action.update')
  @Delete(':id/milestones/:milestoneId')
  @HttpCode(204)
  deleteMilestone(@CurrentUser() user: RequestUser, @Param('id', ParseIdPipe) id: number, @Param('milestoneId', ParseIdPipe) milestoneId: number): Promise<void> {
    return this.milestones.remove(user, id, milestoneId);
  }
}
