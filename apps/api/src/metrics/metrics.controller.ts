import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../common/decorators/access.decorator';
import { MetricsService } from './metrics.service';
import { ApiAnswers } from '../common/openapi/api-answers.decorator';

@ApiTags('metrics')
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  /** Public for the session guard: a scraper has no session, the service checks METRICS_TOKEN itself. */
  @ApiAnswers({
    summary: 'Métriques Prometheus (format texte), avec Authorization: Bearer <METRICS_TOKEN>.',
    ok: { text: 'text/plain; version=0.0.4; charset=utf-8' },
    access: 'metrics',
    errors: [401, 404],
  })
  @Public()
  @Get()
  async scrape(@Headers('authorization') authorization: string | undefined, @Res({ passthrough: true }) response: Response): Promise<string> {
    const { contentType, body } = await this.metrics.scrape(authorization);
    response.type(contentType).setHeader('Cache-Control', 'no-store');
    return body;
  }
}
