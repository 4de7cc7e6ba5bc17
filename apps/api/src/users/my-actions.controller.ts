import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ActionListItem } from '@boussole/domain';
import type { RequestUser } from '../auth/request-user';
import { Allow, CurrentUser } from '../common/decorators/access.decorator';
import { MyActionsService } from './my-actions.service';
import { ApiAnswers } from '../common/openapi/api-answers.decorator';

@ApiTags('users')
@Controller('users/me')
export class MyActionsController {
  constructor(private readonly myActions: MyActionsService) {}

  @ApiAnswers({ summary: 'Les actions de ma sous-direction (ou dont je suis responsable), ce qui est dû d’abord.', ok: ['ActionListItem'] })
  @Allow('read')
  @Get('actions')
  mine(@CurrentUser() user: RequestUser): Promise<ActionListItem[]> {
    return this.myActions.mine(user);
  }
}
