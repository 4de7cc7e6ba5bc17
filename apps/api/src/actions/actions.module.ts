import { Module } from '@nestjs/common';
import { ActionCreateService } from './action-create.service';
import { ActionDeleteService } from './action-delete.service';
import { ActionDetailService } from './action-detail.service';
import { ActionEditService } from './action-edit.service';
import { ActionsController } from './actions.controller';
import { ActionsQueryService } from './actions-query.service';
import { MilestonesService } from './milestones.service';
import { StatusUpdatesService } from './status-updates.service';

@Module({
  controllers: [ActionsController],
  providers: [
    ActionsQueryService,
    ActionDetailService,
    ActionEditService,
    ActionCreateService,
    ActionDeleteService,
    StatusUpdatesService,
    MilestonesService,
  ],
  exports: [ActionsQueryService, ActionDetailService, ActionCreateService, ActionEditService],
})
export class ActionsModule {}
