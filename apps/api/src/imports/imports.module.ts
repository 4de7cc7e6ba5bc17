import { Module } from '@nestjs/common';
import { ActionsModule } from '../actions/actions.module';
import { IndicatorsModule } from '../indicators/indicators.module';
import { PlansModule } from '../plans/plans.module';
import { ImportExecutor } from './import-executor';
import { ImportTemplateService } from './import-template.service';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';

@Module({
  imports: [PlansModule, ActionsModule, IndicatorsModule],
  controllers: [ImportsController],
  providers: [ImportsService, ImportExecutor, ImportTemplateService],
})
export class ImportsModule {}
