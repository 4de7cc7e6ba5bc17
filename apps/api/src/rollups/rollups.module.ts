import { Module } from '@nestjs/common';
import { ActionsModule } from '../actions/actions.module';
import { ChangesService } from './changes.service';
import { RollupExplainService } from './rollup-explain.service';
import { RollupService } from './rollup.service';
import { RollupsController } from './rollups.controller';
import { SignalsService } from './signals.service';

@Module({
  imports: [ActionsModule],
  controllers: [RollupsController],
  providers: [RollupService, RollupExplainService, ChangesService, SignalsService],
})
export class RollupsModule {}
