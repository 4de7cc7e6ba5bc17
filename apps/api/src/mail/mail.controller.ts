import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { MailOutboxPayload } from '@boussole/domain';
import type { Response } from 'express';
import { Allow } from '../common/decorators/access.decorator';
import { PageQuery } from '../common/page.query';
import { MailService } from './mail.service';
import { ApiAnswers } from '../common/openapi/api-answers.decorator';

@ApiTags('mail')
@Controller('mail')
export class MailController {
  constructor(private readonly mail: MailService) {}

  @ApiAnswers({
    summary: 'Les courriels écrits par Boussole, du plus récent au plus ancien (envoyés ou non) ; total dans X-Total-Count.',
    ok: ['MailOutboxPayload'],
    paginated: true,
    errors: [403],
  })
  @Allow('users.manage')
  @Get('outbox')
  async outbox(@Query() query: PageQuery, @Res({ passthrough: true }) response: Response): Promise<MailOutboxPayload[]> {
    const page = await this.mail.outbox(query);
    response.setHeader('X-Total-Count', String(page.total));
    return page.items;
  }
}
