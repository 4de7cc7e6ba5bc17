import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ActionListItem } from '@boussole/domain';
import type { RequestUser } from '../auth/request-user';
import { Allow, CurrentUser } from '../common/decorators/access.decorator';
import { MyActionsService } from './my-actions.service';

@ApiTags('users')
@Controller('users/me')
export class MyActionsController {
  constructor(private readonly myActions: MyActionsService) {}

  @Allow('read')
  @Get('actions')
  @ApiOperation({ summary: 'Les actions de ma sous-direction (ou dont je suis responsable), ce qui est dû d’abord.' })
  mine(@CurrentUser() user: RequestUser): Promise<ActionListItem[]> {
    return this.myActions.mine(user);
  }
}
