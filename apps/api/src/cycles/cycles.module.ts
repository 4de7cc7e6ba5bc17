import { Module } from '@nestjs/common';
import { CycleCompletenessService } from './cycle-completeness.service';
import { CyclesController } from './cycles.controller';
import { CyclesService } from './cycles.service';
import { CycleSnapshotService } from './snapshots/cycle-snapshot.service';

@Module({
  controllers: [CyclesController],
  providers: [CyclesService, CycleCompletenessService, CycleSnapshotService],
  exports: [CycleSnapshotService],
})
export class CyclesModule {}
