import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PlanDetail, PlanSummary } from '@boussole/domain';
import { Allow } from '../common/decorators/access.decorator';
import { ParseIdPipe } from '../common/pipes/id.pipe';
import { PlansService } from './plans.service';

@ApiTags('plans')
@Controller('plans')
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  @Allow('read')
  @Get()
  @ApiOperation({ summary: 'Les projets stratégiques, le projet en cours d’abord.' })
  list(): Promise<PlanSummary[]> {
    return this.plans.list();
  }

  @Allow('read')
  @Get(':id')
  @ApiOperation({ summary: 'Un projet stratégique avec ses axes et leurs objectifs.' })
  get(@Param('id', ParseIdPipe) id: number): Promise<PlanDetail> {
    return this.plans.get(id);
  }
}
