import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Status } from '@boussole/domain';
import { numericTransformer } from '../common/orm/transformers';
import { UnitEntity } from '../units/unit.entity';
import { UserEntity } from '../users/user.entity';

/** The unit that is tracked. Its current status is that of its latest status update. */
@Entity('actions')
export class ActionEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' })
  id!: number;

  @Column('integer', { name: 'plan_id' })
  planId!: number;

  @Column('integer', { name: 'axis_id' })
  axisId!: number;

  @Column('integer', { name: 'objective_id' })
  objectiveId!: number;

  @Column('text')
  code!: string;

  @Column('text')
  title!: string;

  @Column('text', { nullable: true })
  description!: string | null;

  @Column('integer', { name: 'unit_id' })
  unitId!: number;

  @ManyToOne(() => UnitEntity)
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity;

  @Column('integer', { name: 'owner_id', nullable: true })
  ownerId!: number | null;

  @ManyToOne(() => UserEntity, { nullable: true })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity | null;

  @Column('date', { name: 'start_date', nullable: true })
  startDate!: string | null;

  @Column('date', { name: 'due_date', nullable: true })
  dueDate!: string | null;

  @Column('numeric', { precision: 6, scale: 2, default: 1, transformer: numericTransformer })
  weight!: number;

  @Column('boolean', { default: false })
  regional!: boolean;

  @Column('text', { default: 'not_started' })
  status!: Status;

  @Column('smallint', { default: 0 })
  progress!: number;

  @Column('timestamptz', { name: 'last_update_at', nullable: true })
  lastUpdateAt!: Date | null;

  @Column('integer', { default: 1 })
  version!: number;

  /** 0-based place inside its objective. */
  @Column('integer', { default: 0 })
  position!: number;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
