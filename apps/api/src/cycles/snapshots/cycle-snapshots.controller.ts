import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CycleSnapshot, PlanProgressHistory } from '@boussole/domain';
import { Allow } from '../../common/decorators/access.decorator';
import { ParseIdPipe } from '../../common/pipes/id.pipe';
import { CycleSnapshotReadService } from './cycle-snapshot-read.service';

// Read by everyone: a frozen state is plan data, as the roll-up it was taken from.
@ApiTags('cycles')
@Controller()
export class CycleSnapshotsController {
  constructor(private readonly snapshots: CycleSnapshotReadService) {}

  @Allow('read')
  @Get('cycles/:id/snapshot')
  @ApiOperation({ summary: 'L’état figé de la campagne : chaque axe validé (ou figé à la clôture), ses objectifs et ses actions ; le plan une fois la campagne close.' })
  snapshot(@Param('id', ParseIdPipe) id: number): Promise<CycleSnapshot> {
    return this.snapshots.cycleSnapshot(id);
  }

  @Allow('read')
  @Get('plans/:id/snapshots')
  @ApiOperation({ summary: 'L’avancement figé de chaque axe, campagne par campagne, de la plus ancienne à la plus récente.' })
  history(@Param('id', ParseIdPipe) id: number): Promise<PlanProgressHistory> {
    return this.snapshots.planHistory(id);
  }
}
