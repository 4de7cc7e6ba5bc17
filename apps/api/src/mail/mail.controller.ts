import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MailOutboxPayload } from '@boussole/domain';
import type { Response } from 'express';
import { Allow } from '../common/decorators/access.decorator';
import { PageQuery } from '../common/page.query';
import { MailService } from './mail.service';

@ApiTags('mail')
@Controller('mail')
export class MailController {
  constructor(private readonly mail: MailService) {}

  @Allow('users.manage')
  @Get('outbox')
  @ApiOperation({ summary: 'Les courriels écrits par Boussole, du plus récent au plus ancien (envoyés ou non) ; total dans X-Total-Count.' })
  async outbox(@Query() query: PageQuery, @Res({ passthrough: true }) response: Response): Promise<MailOutboxPayload[]> {
    const page = await this.mail.outbox(query);
    response.setHeader('X-Total-Count', String(page.total));
    return page.items;
  }
}
