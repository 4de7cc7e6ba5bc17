import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { UnitPayload } from '@boussole/domain';
import { Allow } from '../common/decorators/access.decorator';
import { UnitsService } from './units.service';
import { ApiAnswers } from '../common/openapi/api-answers.decorator';
import { UNITS_EXAMPLE } from '../common/openapi/examples';

@ApiTags('units')
@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @ApiAnswers({ summary: 'Les sous-directions de la DGOS.', ok: ['UnitPayload'], example: UNITS_EXAMPLE })
  @Allow('read')
  @Get()
  list(): Promise<UnitPayload[]> {
    return this.units.list();
  }
}
