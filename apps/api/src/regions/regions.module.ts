import { Module } from '@nestjs/common';
import { DeploymentHistoryService } from './deployment-history.service';
import { DeploymentsController } from './deployments.controller';
import { DeploymentsService } from './deployments.service';
import { RegionRollupService } from './region-rollup.service';
import { RegionsController } from './regions.controller';
import { RegionsService } from './regions.service';

@Module({
  controllers: [RegionsController, DeploymentsController],
  providers: [DeploymentHistoryService, DeploymentsService, RegionRollupService, RegionsService],
  exports: [DeploymentsService],
})
export class RegionsModule {}
