import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
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

@ApiTags('indicators')
@Controller('indicators')
export class IndicatorsController {
  constructor(
    private readonly indicators: IndicatorsService,
    private readonly admin: IndicatorsAdminService,
  ) {}

  @Allow('read')
  @Get()
  @ApiQuery({ name: 'plan', required: false, description: 'Par défaut : le projet en cours.' })
  @ApiOperation({ summary: 'Les indicateurs d’un plan, avec leur réalisation, leur fraîcheur et leurs signaux.' })
  list(@Query('plan') plan?: string): Promise<IndicatorListItem[]> {
    return this.indicators.list(plan === undefined ? undefined : new ParseIdPipe().transform(plan));
  }

  @Allow('plan.manage')
  @Post()
  @ApiOperation({ summary: 'Crée un indicateur rattaché au plan, à un axe, un objectif ou une action (administration).' })
  create(@CurrentUser() user: RequestUser, @Body() body: CreateIndicatorDto): Promise<IndicatorDetail> {
    return this.admin.create(user, body);
  }

  @VersionedPatch('plan.manage', 'de l’indicateur', 'Modifie un indicateur : rattachement, unité, référence, cibles, périodicité, régions, source, définition.')
  patch(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIdPipe) id: number,
    @IfMatch() ifMatch: string | undefined,
    @Body() body: PatchIndicatorDto,
  ): Promise<IndicatorDetail> {
    return this.admin.patch(user, id, ifMatch, body);
  }

  @VersionedDelete('plan.manage', 'de l’indicateur', 'Supprime un indicateur sans mesure (409 sinon).')
  remove(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIdPipe) id: number,
    @IfMatch() ifMatch: string | undefined,
    @Body() body: VersionDto,
  ): Promise<void> {
    return this.admin.remove(user, id, ifMatch, body?.version);
  }

  @Allow('read')
  @Get(':id')
  @ApiOperation({ summary: 'Un indicateur : définition, cibles, mesures nationales et régionales, réalisation, trajectoire.' })
  get(@Param('id', ParseIdPipe) id: number): Promise<IndicatorDetail> {
    return this.indicators.get(id);
  }

  @Allow('read')
  @Get(':id/measurements')
  @ApiQuery({ name: 'region', required: false, description: 'Un code de région, ou « national ».' })
  @ApiOperation({ summary: 'Les mesures d’un indicateur.' })
  measurements(@Param('id', ParseIdPipe) id: number, @Query('region') region?: string): Promise<MeasurementPayload[]> {
    if (region !== undefined && region !== 'national' && !isRegionCode(region)) {
      throw invalid('Le paramètre « region » doit être un code INSEE des 18 régions ou « national ».', { region: 'Code INSEE attendu.' });
    }
    return this.indicators.measurements(id, region);
  }

  @Allow('read')
  @Post(':id/measurements')
  @ApiOperation({ summary: 'Saisit la mesure d’une période, nationale ou régionale (une nouvelle saisie corrige la précédente).' })
  add(@CurrentUser() user: RequestUser, @Param('id', ParseIdPipe) id: number, @Body() body: MeasurementDto): Promise<MeasurementPayload> {
    return this.indicators.add(user, id, body);
  }
}
