import { ActionEntity } from '../actions/action.entity';
import { AccountTokenEntity } from '../auth/account-token.entity';
import { SessionEntity } from '../auth/session.entity';
import { ReportingCycleEntity } from '../cycles/reporting-cycle.entity';
import { IndicatorEntity } from '../indicators/indicator.entity';
import { MailOutboxEntity } from '../mail/mail-outbox.entity';
import { AxisEntity } from '../plans/axis.entity';
import { ObjectiveEntity } from '../plans/objective.entity';
import { PlanEntity } from '../plans/plan.entity';
import { RegionEntity } from '../regions/region.entity';
import { UnitEntity } from '../units/unit.entity';
import { UserEntity } from '../users/user.entity';

/** Every entity, listed explicitly: the API is bundled, so no glob can find them at run time. */
export const ENTITIES = [
  UnitEntity,
  RegionEntity,
  UserEntity,
  SessionEntity,
  PlanEntity,
  AxisEntity,
  ObjectiveEntity,
  ReportingCycleEntity,
  ActionEntity,
  IndicatorEntity,
  AccountTokenEntity,
  MailOutboxEntity,
];
