import { Module } from '@nestjs/common';
import { DeploymentsController } from './deployments.controller';
import { DeploymentsService } from './deployments.service';
import { RegionRollupService } from './region-rollup.service';
import { RegionsController } from './regions.controller';

@Module({
  controllers: [RegionsController, DeploymentsController],
  providers: [DeploymentsService, RegionRollupService],
  exports: [DeploymentsService],
})
export class RegionsModule {}
