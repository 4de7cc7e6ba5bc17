import { Module } from '@nestjs/common';
import { AxisValidationService } from './axis-validation.service';
import { CycleCompletenessService } from './cycle-completeness.service';
import { CycleValidationController } from './cycle-validation.controller';
import { CyclesController } from './cycles.controller';
import { CyclesService } from './cycles.service';
import { RemindersModule } from './reminders/reminders.module';
import { CycleSnapshotReadService } from './snapshots/cycle-snapshot-read.service';
import { CycleSnapshotService } from './snapshots/cycle-snapshot.service';
import { CycleSnapshotsController } from './snapshots/cycle-snapshots.controller';

@Module({
  imports: [RemindersModule],
  controllers: [CyclesController, CycleSnapshotsController, CycleValidationController],
  providers: [CyclesService, CycleCompletenessService, CycleSnapshotService, CycleSnapshotReadService, AxisValidationService],
  exports: [CycleSnapshotService],
})
export class CyclesModule {}
