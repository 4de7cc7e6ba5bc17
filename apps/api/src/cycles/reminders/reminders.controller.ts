import { Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RemindersSent } from '@boussole/domain';
import type { Request } from 'express';
import type { RequestUser } from '../../auth/request-user';
import { requestOrigin } from '../../auth/session-cookie';
import { Allow, CurrentUser } from '../../common/decorators/access.decorator';
import { ParseIdPipe } from '../../common/pipes/id.pipe';
import { MANUAL_WINDOW_MINUTES, RemindersService } from './reminders.service';

@ApiTags('cycles')
@Controller('cycles')
export class RemindersController {
  constructor(private readonly reminders: RemindersService) {}

  @Allow('axis.validate')
  @Post(':id/reminders')
  @HttpCode(200)
  @ApiOperation({
    summary: `Relance maintenant chaque responsable d’actions sans point d’avancement dans la campagne ouverte (409 si elle ne l’est pas, ou si une relance est partie il y a moins de ${MANUAL_WINDOW_MINUTES} minutes).`,
  })
  send(@CurrentUser() user: RequestUser, @Param('id', ParseIdPipe) id: number, @Req() request: Request): Promise<RemindersSent> {
    return this.reminders.sendNow(user, id, requestOrigin(request));
  }
}
