import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HealthResponse, ReadinessResponse } from '@boussole/domain';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../common/decorators/access.decorator';
import { DATABASE_UNAVAILABLE } from '../common/filters/database-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { EventsService } from '../events/events.service';
import { Lifecycle } from './lifecycle.service';
import { ApiAnswers } from '../common/openapi/api-answers.decorator';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: EventsService,
    private readonly lifecycle: Lifecycle,
  ) {}

  /** Liveness: 200 as long as the process answers (restarting it would not bring the database back). */
  @ApiAnswers({ summary: 'Vivacité du processus ; le corps dit aussi si la base de données répond.', ok: 'HealthResponse', access: 'public' })
  @Public()
  @Get()
  async check(): Promise<HealthResponse> {
    const database = (await this.databaseAnswers()) ? 'ok' : 'error';
    return {
      status: 'ok',
      database,
      mode: this.config.mode,
      proconnect: this.config.proconnect !== null,
      version: this.config.version,
      time: new Date().toISOString(),
    };
  }

  /** Readiness: whether a proxy should send requests here (database, LISTEN, not draining). */
  @ApiAnswers({
    summary: 'Disponibilité : 503 si la base ne répond pas, si l’écoute des événements est coupée ou pendant l’arrêt.',
    ok: 'ReadinessResponse',
    access: 'public',
    // The 503 is the same report, with its reason: what a load balancer reads, not the Error shape.
    also: { status: 503, ok: 'ReadinessResponse', description: 'Indisponible : « reason » dit pourquoi (database, listen, draining).' },
  })
  @Public()
  @Get('ready')
  async ready(@Res({ passthrough: true }) response: Response): Promise<ReadinessResponse> {
    const refuse = (reason: 'draining' | 'database' | 'listen', message: string): ReadinessResponse => {
      response.status(503);
      return { status: 'unavailable', reason, message };
    };
    if (this.lifecycle.draining) return refuse('draining', 'Ce serveur s’arrête : il ne prend plus de nouvelles requêtes.');
    if (!(await this.databaseAnswers())) return refuse('database', DATABASE_UNAVAILABLE);
    if (!this.events.listening) return refuse('listen', 'L’écoute des événements de la base est coupée : reconnexion en cours.');
    return { status: 'ready' };
  }

  private async databaseAnswers(): Promise<boolean> {
    try {
      await this.db.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }
}
