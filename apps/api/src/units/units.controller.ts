import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { UnitPayload } from '@boussole/domain';
import { Allow } from '../common/decorators/access.decorator';
import { UnitsService } from './units.service';

@ApiTags('units')
@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Allow('read')
  @Get()
  @ApiOperation({ summary: 'Les sous-directions de la DGOS.' })
  list(): Promise<UnitPayload[]> {
    return this.units.list();
  }
}
