import { ActionEntity } from '../actions/action.entity';
import { MilestoneEntity } from '../actions/milestone.entity';
import { StatusUpdateEntity } from '../actions/status-update.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { AccountTokenEntity } from '../auth/account-token.entity';
import { SessionEntity } from '../auth/session.entity';
import { CommentEntity } from '../comments/comment.entity';
import { AxisValidationEntity } from '../cycles/axis-validation.entity';
import { ReportingCycleEntity } from '../cycles/reporting-cycle.entity';
import { IndicatorEntity } from '../indicators/indicator.entity';
import { MeasurementEntity } from '../indicators/measurement.entity';
import { MailOutboxEntity } from '../mail/mail-outbox.entity';
import { AxisEntity } from '../plans/axis.entity';
import { ObjectiveEntity } from '../plans/objective.entity';
import { PlanEntity } from '../plans/plan.entity';
import { RegionEntity } from '../regions/region.entity';
import { RegionalDeploymentEntity } from '../regions/regional-deployment.entity';
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
  MilestoneEntity,
  StatusUpdateEntity,
  AxisValidationEntity,
  IndicatorEntity,
  MeasurementEntity,
  RegionalDeploymentEntity,
  CommentEntity,
  AuditEventEntity,
  AccountTokenEntity,
  MailOutboxEntity,
];
