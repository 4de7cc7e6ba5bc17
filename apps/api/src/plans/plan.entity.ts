import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import type { PlanState } from '@boussole/domain';
import { AxisEntity } from './axis.entity';

/** A strategic project ("projet stratégique"), e.g. 2025-2027. */
@Entity('plans')
export class PlanEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' })
  id!: number;

  @Column('text', { unique: true })
  title!: string;

  @Column('text', { nullable: true })
  description!: string | null;

  @Column('smallint', { name: 'start_year' })
  startYear!: number;

  @Column('smallint', { name: 'end_year' })
  endYear!: number;

  @Column('text', { default: 'draft' })
  state!: PlanState;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column('integer', { default: 1 })
  version!: number;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;

  @OneToMany(() => AxisEntity, (axis) => axis.plan)
  axes?: AxisEntity[];
}
