import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RegionPayload } from '@boussole/domain';
import { DataSource } from 'typeorm';
import { Allow } from '../common/decorators/access.decorator';
import { RegionEntity } from './region.entity';

@ApiTags('regions')
@Controller('regions')
export class RegionsController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Allow('read')
  @Get()
  @ApiOperation({ summary: 'Les 18 agences régionales de santé, par code de région INSEE.' })
  async list(): Promise<RegionPayload[]> {
    const regions = await this.db.getRepository(RegionEntity).find({ order: { code: 'ASC' } });
    return regions.map((r) => ({ code: r.code, name: r.name, overseas: r.overseas }));
  }
}
