import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RegionPayload } from '@boussole/domain';
import { DataSource } from 'typeorm';
import { RegionEntity } from './region.entity';

/** The 18 regional health agencies, as stored (their roll-ups are RegionRollupService's). */
@Injectable()
export class RegionsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(): Promise<RegionPayload[]> {
    const regions = await this.db.getRepository(RegionEntity).find({ order: { code: 'ASC' } });
    return regions.map((r) => ({ code: r.code, name: r.name, overseas: r.overseas }));
  }
}
