import { Body, Controller, Get, Headers, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiHeader, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { CycleCompleteness, CyclePayload } from '@boussole/domain';
import type { RequestUser } from '../auth/request-user';
import { Allow, CurrentUser } from '../common/decorators/access.decorator';
import { ParseIdPipe } from '../common/pipes/id.pipe';
import { CycleCompletenessService } from './cycle-completeness.service';
import { CyclesService } from './cycles.service';
import { CreateCycleDto, PatchCycleDto } from './dto/cycle.dto';
import { ApiAnswers } from '../common/openapi/api-answers.decorator';

@ApiTags('cycles')
@Controller('cycles')
export class CyclesController {
  constructor(
    private readonly cycles: CyclesService,
    private readonly completenessOf: CycleCompletenessService,
  ) {}

  @ApiAnswers({ summary: 'Les campagnes de suivi d’un plan, de la plus ancienne à la plus récente.', ok: ['CyclePayload'] })
  @Allow('read')
  @Get()
  @ApiQuery({ name: 'plan', required: true })
  list(@Query('plan', ParseIdPipe) plan: number): Promise<CyclePayload[]> {
    return this.cycles.list(plan);
  }

  // Read by everyone: the cycle page is for directors and admins, but the figures are plan data.
  @ApiAnswers({
    summary: 'Les points d’avancement attendus dans la campagne, reçus et manquants : au total, par axe, direction, responsable et région.',
    ok: 'CycleCompleteness',
    errors: [404],
  })
  @Allow('read')
  @Get(':id/completeness')
  completeness(@Param('id', ParseIdPipe) id: number): Promise<CycleCompleteness> {
    return this.completenessOf.completeness(id);
  }

  @ApiAnswers({
    summary: 'Crée une campagne de suivi, planifiée (administration) ; ses dates ne chevauchent aucune autre campagne du plan.',
    ok: 'CyclePayload',
    errors: [404, 409],
  })
  @Allow('plan.manage')
  @Post()
  create(@CurrentUser() user: RequestUser, @Body() body: CreateCycleDto): Promise<CyclePayload> {
    return this.cycles.create(user, body);
  }

  @ApiAnswers({
    summary: 'Modifie une campagne non close ; « state » l’ouvre (une seule ouverte par plan) ou la clôt.',
    ok: 'CyclePayload',
    errors: [404, 428],
    conflict: 'CyclePayload',
  })
  @Allow('plan.manage')
  @Patch(':id')
  @ApiHeader({ name: 'If-Match', description: 'La version de la campagne modifiée (ou « version » dans le corps).' })
  patch(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIdPipe) id: number,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: PatchCycleDto,
  ): Promise<CyclePayload> {
    return this.cycles.patch(user, id, ifMatch, body);
  }
}
