import { Module } from '@nestjs/common';
import { ActionDetailService } from './action-detail.service';
import { ActionEditService } from './action-edit.service';
import { ActionsController } from './actions.controller';
import { ActionsQueryService } from './actions-query.service';
import { MilestonesService } from './milestones.service';
import { StatusUpdatesService } from './status-updates.service';

@Module({
  controllers: [ActionsController],
  providers: [ActionsQueryService, ActionDetailService, ActionEditService, StatusUpdatesService, MilestonesService],
  exports: [ActionsQueryService, ActionDetailService],
})
export class ActionsModule {}
