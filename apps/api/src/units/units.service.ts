import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { UnitPayload } from '@boussole/domain';
import { DataSource } from 'typeorm';
import { UnitEntity } from './unit.entity';

/** The DGOS sub-directorates, as the screens list them. */
@Injectable()
export class UnitsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(): Promise<UnitPayload[]> {
    const units = await this.db.getRepository(UnitEntity).find({ order: { id: 'ASC' } });
    return units.map((u) => ({ id: u.id, code: u.code, name: u.name }));
  }
}
