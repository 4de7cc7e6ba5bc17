import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { isRegionCode, type IndicatorDetail, type IndicatorListItem, type MeasurementPayload } from '@boussole/domain';
import type { RequestUser } from '../auth/request-user';
import { Allow, CurrentUser } from '../common/decorators/access.decorator';
import { IfMatch, VersionedDelete, VersionedPatch } from '../common/decorators/versioned-write.decorator';
import { invalid } from '../common/errors/app-error';
import { VersionDto } from '../common/dto/version.dto';
import { ParseIdPipe } from '../common/pipes/id.pipe';
import { CreateIndicatorDto, PatchIndicatorDto } from './dto/indicator.dto';
import { MeasurementDto } from './dto/measurement.dto';
import { IndicatorsAdminService } from './indicators-admin.service';
import { IndicatorsService } from './indicators.service';
import { ApiAnswers } from '../common/openapi/api-answers.decorator';

@ApiTags('indicators')
@Controller('indicators')
export class IndicatorsController {
  constructor(
    private readonly indicators: IndicatorsService,
    private readonly admin: IndicatorsAdminService,
  ) {}

  @ApiAnswers({ summary: 'Les indicateurs d’un plan, avec leur réalisation, leur fraîcheur et leurs signaux.', ok: ['IndicatorListItem'], errors: [404] })
  @Allow('read')
  @Get()
  @ApiQuery({ name: 'plan', required: false, description: 'Par défaut : le projet en cours.' })
  list(@Query('plan') plan?: string): Promise<IndicatorListItem[]> {
    return this.indicators.list(plan === undefined ? undefined : new ParseIdPipe().transform(plan));
  }

  @ApiAnswers({
    summary: 'Crée un indicateur rattaché au plan, à un axe, un objectif ou une action (administration).',
    ok: 'IndicatorDetail',
    errors: [404, 409],
  })
  @Allow('plan.manage')
  @Post()
  create(@CurrentUser() user: RequestUser, @Body() body: CreateIndicatorDto): Promise<IndicatorDetail> {
    return this.admin.create(user, body);
  }

  @ApiAnswers({
    summary: 'Modifie un indicateur : rattachement, unité, référence, cibles, périodicité, régions, source, définition.',
    ok: 'IndicatorDetail',
    errors: [404],
    conflict: 'IndicatorDetail',
  })
  @VersionedPatch('plan.manage', 'de l’indicateur')
  patch(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIdPipe) id: number,
    @IfMatch() ifMatch: string | undefined,
    @Body() body: PatchIndicatorDto,
  ): Promise<IndicatorDetail> {
    return this.admin.patch(user, id, ifMatch, body);
  }

  @ApiAnswers({ summary: 'Supprime un indicateur sans mesure (409 sinon).', ok: null, errors: [404], conflict: 'IndicatorDetail' })
  @VersionedDelete('plan.manage', 'de l’indicateur')
  remove(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIdPipe) id: number,
    @IfMatch() ifMatch: string | undefined,
    @Body() body: VersionDto,
  ): Promise<void> {
    return this.admin.remove(user, id, ifMatch, body?.version);
  }

  @ApiAnswers({
    summary: 'Un indicateur : définition, cibles, mesures nationales et régionales, réalisation, trajectoire.',
    ok: 'IndicatorDetail',
    errors: [404],
  })
  @Allow('read')
  @Get(':id')
  get(@Param('id', ParseIdPipe) id: number): Promise<IndicatorDetail> {
    return this.indicators.get(id);
  }

  @ApiAnswers({ summary: 'Les mesures d’un indicateur.', ok: ['MeasurementPayload'], errors: [404] })
  @Allow('read')
  @Get(':id/measurements')
  @ApiQuery({ name: 'region', required: false, description: 'Un code de région, ou « national ».' })
  measurements(@Param('id', ParseIdPipe) id: number, @Query('region') region?: string): Promise<MeasurementPayload[]> {
    if (region !== undefined && region !== 'national' && !isRegionCode(region)) {
      throw invalid('Le paramètre « region » doit être un code INSEE des 18 régions ou « national ».', { region: 'Code INSEE attendu.' });
    }
    return this.indicators.measurements(id, region);
  }

  @ApiAnswers({
    summary: 'Saisit la mesure d’une période, nationale ou régionale (une nouvelle saisie corrige la précédente).',
    ok: 'MeasurementPayload',
    errors: [404, 409],
  })
  @Allow('read')
  @Post(':id/measurements')
  add(@CurrentUser() user: RequestUser, @Param('id', ParseIdPipe) id: number, @Body() body: MeasurementDto): Promise<MeasurementPayload> {
    return this.indicators.add(user, id, body);
  }
}
