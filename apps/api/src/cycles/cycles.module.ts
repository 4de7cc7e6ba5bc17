import { Module } from '@nestjs/common';
import { CycleCompletenessService } from './cycle-completeness.service';
import { CyclesController } from './cycles.controller';
import { CyclesService } from './cycles.service';
import { CycleSnapshotReadService } from './snapshots/cycle-snapshot-read.service';
import { CycleSnapshotService } from './snapshots/cycle-snapshot.service';
import { CycleSnapshotsController } from './snapshots/cycle-snapshots.controller';

@Module({
  controllers: [CyclesController, CycleSnapshotsController],
  providers: [CyclesService, CycleCompletenessService, CycleSnapshotService, CycleSnapshotReadService],
  exports: [CycleSnapshotService],
})
export class CyclesModule {}
