import type { CyclePayload } from '@boussole/domain';
import type { ReportingCycleEntity } from './reporting-cycle.entity';

export function toCyclePayload(cycle: ReportingCycleEntity): CyclePayload {
  return {
    id: cycle.id,
    planId: cycle.planId,
    label: cycle.label,
    opensOn: cycle.opensOn,
    closesOn: cycle.closesOn,
    state: cycle.state,
    version: cycle.version,
  };
}
