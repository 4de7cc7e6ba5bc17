import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HealthResponse } from '@boussole/domain';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../common/decorators/access.decorator';
import { APP_CONFIG, AppConfig } from '../config/app-config';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Vivacité du service et accès à la base de données.' })
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthResponse> {
    let database: 'ok' | 'error' = 'ok';
    try {
      await this.db.query('SELECT 1');
    } catch {
      database = 'error';
    }
    if (database === 'error') response.status(503);
    return {
      status: database === 'ok' ? 'ok' : 'error',
      database,
      mode: this.config.mode,
      version: this.config.version,
      time: new Date().toISOString(),
    };
  }
}
