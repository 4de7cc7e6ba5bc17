import { Module } from '@nestjs/common';
import { DeploymentsController } from './deployments.controller';
import { DeploymentsService } from './deployments.service';
import { RegionRollupService } from './region-rollup.service';
import { RegionsController } from './regions.controller';
import { RegionsService } from './regions.service';

@Module({
  controllers: [RegionsController, DeploymentsController],
  providers: [DeploymentsService, RegionRollupService, RegionsService],
  exports: [DeploymentsService],
})
export class RegionsModule {}
