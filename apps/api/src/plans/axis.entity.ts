import { Column, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { ObjectiveEntity } from './objective.entity';
import { PlanEntity } from './plan.entity';

/** A strategic axis ("axe"), numbered inside its plan. */
@Entity('axes')
export class AxisEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' })
  id!: number;

  @Column('integer', { name: 'plan_id' })
  planId!: number;

  @ManyToOne(() => PlanEntity, (plan) => plan.axes, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: PlanEntity;

  @Column('smallint')
  number!: number;

  @Column('text')
  title!: string;

  @Column('text', { nullable: true })
  description!: string | null;

  @Column('integer', { name: 'sponsor_id', nullable: true })
  sponsorId!: number | null;

  @ManyToOne(() => UserEntity, { nullable: true })
  @JoinColumn({ name: 'sponsor_id' })
  sponsor?: UserEntity | null;

  @Column('integer', { default: 1 })
  version!: number;

  @OneToMany(() => ObjectiveEntity, (objective) => objective.axis)
  objectives?: ObjectiveEntity[];
}
