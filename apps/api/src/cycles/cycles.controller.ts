import { Body, Controller, Get, Headers, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { CycleCompleteness, CyclePayload } from '@boussole/domain';
import type { RequestUser } from '../auth/request-user';
import { Allow, CurrentUser } from '../common/decorators/access.decorator';
import { ParseIdPipe } from '../common/pipes/id.pipe';
import { CycleCompletenessService } from './cycle-completeness.service';
import { CyclesService } from './cycles.service';
import { CreateCycleDto, PatchCycleDto } from './dto/cycle.dto';

@ApiTags('cycles')
@Controller('cycles')
export class CyclesController {
  constructor(
    private readonly cycles: CyclesService,
    private readonly completenessOf: CycleCompletenessService,
  ) {}

  @Allow('read')
  @Get()
  @ApiQuery({ name: 'plan', required: true })
  @ApiOperation({ summary: 'Les campagnes de suivi d’un plan, de la plus ancienne à la plus récente.' })
  list(@Query('plan', ParseIdPipe) plan: number): Promise<CyclePayload[]> {
    return this.cycles.list(plan);
  }

  // Read by everyone: the cycle page is for directors and admins, but the figures are plan data.
  @Allow('read')
  @Get(':id/completeness')
  @ApiOperation({ summary: 'Les points d’avancement attendus dans la campagne, reçus et manquants : au total, par axe, direction, responsable et région.' })
  completeness(@Param('id', ParseIdPipe) id: number): Promise<CycleCompleteness> {
    return this.completenessOf.completeness(id);
  }

  @Allow('plan.manage')
  @Post()
  @ApiOperation({ summary: 'Crée une campagne de suivi, planifiée (administration) ; ses dates ne chevauchent aucune autre campagne du plan.' })
  create(@CurrentUser() user: RequestUser, @Body() body: CreateCycleDto): Promise<CyclePayload> {
    return this.cycles.create(user, body);
  }

  @Allow('plan.manage')
  @Patch(':id')
  @ApiHeader({ name: 'If-Match', description: 'La version de la campagne modifiée (ou « version » dans le corps).' })
  @ApiOperation({ summary: 'Modifie une campagne non close ; « state » l’ouvre (une seule ouverte par plan) ou la clôt.' })
  patch(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIdPipe) id: number,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: PatchCycleDto,
  ): Promise<CyclePayload> {
    return this.cycles.patch(user, id, ifMatch, body);
  }
}
