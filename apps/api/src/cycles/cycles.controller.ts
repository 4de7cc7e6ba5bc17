import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CyclePayload } from '@boussole/domain';
import { DataSource } from 'typeorm';
import { Allow } from '../common/decorators/access.decorator';
import { ParseIdPipe } from '../common/pipes/id.pipe';
import { ReportingCycleEntity } from './reporting-cycle.entity';
import { toCyclePayload } from './cycle-payload';

@ApiTags('cycles')
@Controller('cycles')
export class CyclesController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Allow('read')
  @Get()
  @ApiQuery({ name: 'plan', required: true })
  @ApiOperation({ summary: 'Les campagnes de suivi d’un plan, de la plus ancienne à la plus récente.' })
  async list(@Query('plan', ParseIdPipe) plan: number): Promise<CyclePayload[]> {
    const cycles = await this.db.getRepository(ReportingCycleEntity).find({ where: { planId: plan }, order: { opensOn: 'ASC' } });
    return cycles.map(toCyclePayload);
  }
}
