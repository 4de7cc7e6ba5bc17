import { Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { RemindersSent } from '@boussole/domain';
import type { Request } from 'express';
import type { RequestUser } from '../../auth/request-user';
import { requestOrigin } from '../../auth/session-cookie';
import { Allow, CurrentUser } from '../../common/decorators/access.decorator';
import { ParseIdPipe } from '../../common/pipes/id.pipe';
import { MANUAL_WINDOW_MINUTES, RemindersService } from './reminders.service';
import { ApiAnswers } from '../../common/openapi/api-answers.decorator';

@ApiTags('cycles')
@Controller('cycles')
export class RemindersController {
  constructor(private readonly reminders: RemindersService) {}

  @ApiAnswers({
    summary:
      `Relance maintenant chaque responsable d’actions sans point d’avancement dans la campagne ouverte (409 si elle ne l’est pas, ou si une relance est partie il y a moins de ${MANUAL_WINDOW_MINUTES} minutes).`,
    ok: 'RemindersSent',
    errors: [404, 409],
    // Sent too soon: the 409 says when they last went and when they may go again.
    conflict: 'ReminderCooldown',
  })
  @Allow('axis.validate')
  @Post(':id/reminders')
  @HttpCode(200)
  send(@CurrentUser() user: RequestUser, @Param('id', ParseIdPipe) id: number, @Req() request: Request): Promise<RemindersSent> {
    return this.reminders.sendNow(user, id, requestOrigin(request));
  }
}
