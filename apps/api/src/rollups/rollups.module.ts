import { Module } from '@nestjs/common';
import { ActionsModule } from '../actions/actions.module';
import { ChangesService } from './changes.service';
import { RollupService } from './rollup.service';
import { RollupsController } from './rollups.controller';
import { SignalsService } from './signals.service';

@Module({
  imports: [ActionsModule],
  controllers: [RollupsController],
  providers: [RollupService, ChangesService, SignalsService],
})
export class RollupsModule {}
