import { Controller, Get, Logger, Param, Query, Res } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow } from '../../common/decorators/access.decorator';
import { ParseIdPipe } from '../../common/pipes/id.pipe';
import { briefingFileName } from './briefing-file-name';
import { renderBriefing } from './briefing-pages';
import { BriefingService } from './briefing.service';
import { ApiAnswers } from '../../common/openapi/api-answers.decorator';

@ApiTags('exports')
@Controller('exports')
export class BriefingController {
  private readonly logger = new Logger(BriefingController.name);

  constructor(private readonly briefings: BriefingService) {}

  @ApiAnswers({
    summary: 'La note de synthèse du plan pour le CODIR, en PDF balisé (A4) : couverture, synthèse, une page par axe, régions, indicateurs.',
    ok: { file: 'application/pdf' },
    // 429: the large files are made one at a time per process, a long queue is refused (file-work-gate.ts).
    errors: [404, 429],
  })
  @Allow('read')
  @Get('plans/:id/briefing.pdf')
  @ApiQuery({ name: 'cycle', required: false, description: 'Une campagne : ses chiffres figés (pas avec « asOf »).' })
  @ApiQuery({ name: 'asOf', required: false, example: '2026-09-30' })
  async briefing(
    @Param('id', ParseIdPipe) id: number,
    @Res() response: Response,
    @Query('cycle') cycle?: string,
    @Query('asOf') asOf?: string,
  ): Promise<void> {
    // Gathered before the first byte: a bad parameter is still a JSON 4xx.
    const data = await this.briefings.gather(id, { cycle, asOf });
    const name = briefingFileName(data);
    response.status(200);
    response.setHeader('Content-Type', 'application/pdf');
    response.setHeader('Content-Disposition', `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`);
    response.setHeader('Cache-Control', 'no-store');
    try {
      renderBriefing(data, response);
    } catch (error) {
      // The headers are gone: cut the connection so that the client sees a failed download, not a short file.
      this.logger.error(`briefing of plan ${id} failed: ${(error as Error).stack ?? String(error)}`);
      response.destroy(error as Error);
    }
  }
}
