import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuditEventPayload } from '@boussole/domain';
import type { Response } from 'express';
import type { RequestUser } from '../auth/request-user';
import { Allow, CurrentUser } from '../common/decorators/access.decorator';
import { AuditQueryService } from './audit-query.service';
import { AuditListQuery } from './dto/audit.query';
import { ApiAnswers } from '../common/openapi/api-answers.decorator';

/** The audit trail, read-only (DESIGN §5): admins and directors; account events for admins only. */
@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditQueryService) {}

  @ApiAnswers({
    summary:
      'Le journal d’audit, du plus récent au plus ancien, filtré par enregistrement, auteur et jours (Europe/Paris, inclus) ; total dans X-Total-Count.',
    ok: ['AuditEventPayload'],
    paginated: true,
    errors: [403],
  })
  @Allow('audit.read')
  @Get()
  async list(@CurrentUser() user: RequestUser, @Query() query: AuditListQuery, @Res({ passthrough: true }) response: Response): Promise<AuditEventPayload[]> {
    const page = await this.audit.list(user, query);
    response.setHeader('X-Total-Count', String(page.total));
    return page.items;
  }
}
