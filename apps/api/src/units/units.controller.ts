import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { UnitPayload } from '@boussole/domain';
import { DataSource } from 'typeorm';
import { Allow } from '../common/decorators/access.decorator';
import { UnitEntity } from './unit.entity';

@ApiTags('units')
@Controller('units')
export class UnitsController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Allow('read')
  @Get()
  @ApiOperation({ summary: 'Les sous-directions de la DGOS.' })
  async list(): Promise<UnitPayload[]> {
    const units = await this.db.getRepository(UnitEntity).find({ order: { id: 'ASC' } });
    return units.map((u) => ({ id: u.id, code: u.code, name: u.name }));
  }
}
