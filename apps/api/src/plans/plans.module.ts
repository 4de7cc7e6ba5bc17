import { Module } from '@nestjs/common';
import { AxesController } from './axes.controller';
import { AxesService } from './axes.service';
import { ObjectivesController } from './objectives.controller';
import { ObjectivesService } from './objectives.service';
import { PlansAdminService } from './plans-admin.service';
import { PlansController } from './plans.controller';
import { PlansService } from './plans.service';

@Module({
  controllers: [PlansController, AxesController, ObjectivesController],
  providers: [PlansService, PlansAdminService, AxesService, ObjectivesService],
  exports: [PlansService, AxesService, ObjectivesService],
})
export class PlansModule {}
