import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CycleSnapshot, PlanProgressHistory } from '@boussole/domain';
import { Allow } from '../../common/decorators/access.decorator';
import { ParseIdPipe } from '../../common/pipes/id.pipe';
import { CycleSnapshotReadService } from './cycle-snapshot-read.service';
import { ApiAnswers } from '../../common/openapi/api-answers.decorator';

// Read by everyone: a frozen state is plan data, as the roll-up it was taken from.
@ApiTags('cycles')
@Controller()
export class CycleSnapshotsController {
  constructor(private readonly snapshots: CycleSnapshotReadService) {}

  @ApiAnswers({
    summary: 'L’état figé de la campagne : chaque axe validé (ou figé à la clôture), ses objectifs et ses actions ; le plan une fois la campagne close.',
    ok: 'CycleSnapshot',
    errors: [404],
  })
  @Allow('read')
  @Get('cycles/:id/snapshot')
  snapshot(@Param('id', ParseIdPipe) id: number): Promise<CycleSnapshot> {
    return this.snapshots.cycleSnapshot(id);
  }

  @ApiAnswers({
    summary: 'L’avancement figé de chaque axe, campagne par campagne, de la plus ancienne à la plus récente.',
    ok: 'PlanProgressHistory',
    errors: [404],
  })
  @Allow('read')
  @Get('plans/:id/snapshots')
  history(@Param('id', ParseIdPipe) id: number): Promise<PlanProgressHistory> {
    return this.snapshots.planHistory(id);
  }
}
