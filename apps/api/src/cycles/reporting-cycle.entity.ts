import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CycleState } from '@boussole/domain';

/** A reporting cycle ("campagne de suivi"), e.g. "T4 2026". At most one is open per plan. */
@Entity('reporting_cycles')
export class ReportingCycleEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' })
  id!: number;

  @Column('integer', { name: 'plan_id' })
  planId!: number;

  @Column('text')
  label!: string;

  @Column('date', { name: 'opens_on' })
  opensOn!: string;

  @Column('date', { name: 'closes_on' })
  closesOn!: string;

  @Column('text', { default: 'planned' })
  state!: CycleState;

  @Column('integer', { default: 1 })
  version!: number;
}
