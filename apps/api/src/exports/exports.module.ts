import { Module } from '@nestjs/common';
import { CycleSnapshotReadService } from '../cycles/snapshots/cycle-snapshot-read.service';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';
import { PlanExportService } from './plan-export.service';

@Module({
  controllers: [ExportsController],
  // The snapshot reader needs only the database: provided here rather than widening the cycles module.
  providers: [ExportsService, PlanExportService, CycleSnapshotReadService],
  exports: [PlanExportService],
})
export class ExportsModule {}
