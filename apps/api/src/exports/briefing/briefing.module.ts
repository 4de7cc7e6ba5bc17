import { Module } from '@nestjs/common';
import { ActionsModule } from '../../actions/actions.module';
import { CycleSnapshotReadService } from '../../cycles/snapshots/cycle-snapshot-read.service';
import { RegionRollupService } from '../../regions/region-rollup.service';
import { ChangesService } from '../../rollups/changes.service';
import { BriefingController } from './briefing.controller';
import { BriefingService } from './briefing.service';

/**
 * The CODIR briefing in PDF (`GET /api/exports/plans/:id/briefing.pdf`). The read services it
 * reuses only need the data source, so they are provided here rather than exported by their modules.
 */
@Module({
  imports: [ActionsModule],
  controllers: [BriefingController],
  providers: [BriefingService, ChangesService, CycleSnapshotReadService, RegionRollupService],
})
export class BriefingModule {}
