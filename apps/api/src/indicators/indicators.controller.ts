import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { isRegionCode, type IndicatorDetail, type IndicatorListItem, type MeasurementPayload } from '@boussole/domain';
import type { RequestUser } from '../auth/request-user';
import { Allow, CurrentUser } from '../common/decorators/access.decorator';
import { invalid } from '../common/errors/app-error';
import { ParseIdPipe } from '../common/pipes/id.pipe';
import { MeasurementDto } from './dto/measurement.dto';
import { IndicatorsService } from './indicators.service';

@ApiTags('indicators')
@Controller('indicators')
export class IndicatorsController {
  constructor(private readonly indicators: IndicatorsService) {}

  @Allow('read')
  @Get()
  @ApiQuery({ name: 'plan', required: false, description: 'Par défaut : le projet en cours.' })
  @ApiOperation({ summary: 'Les indicateurs d’un plan, avec leur réalisation, leur fraîcheur et leurs signaux.' })
  list(@Query('plan') plan?: string): Promise<IndicatorListItem[]> {
    return this.indicators.list(plan === undefined ? undefined : new ParseIdPipe().transform(plan));
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
