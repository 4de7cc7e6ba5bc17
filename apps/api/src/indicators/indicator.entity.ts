import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Periodicity } from '@boussole/domain';
import { numericTransformer } from '../common/orm/transformers';

/** An indicator ("indicateur") attached to the plan, an axis, an objective or an action. */
@Entity('indicators')
export class IndicatorEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' })
  id!: number;

  @Column('integer', { name: 'plan_id' })
  planId!: number;

  @Column('integer', { name: 'axis_id', nullable: true })
  axisId!: number | null;

  @Column('integer', { name: 'objective_id', nullable: true })
  objectiveId!: number | null;

  @Column('integer', { name: 'action_id', nullable: true })
  actionId!: number | null;

  @Column('text')
  name!: string;

  @Column('text')
  unit!: string;

  @Column('numeric', { name: 'baseline_value', transformer: numericTransformer })
  baselineValue!: number;

  @Column('date', { name: 'baseline_date' })
  baselineDate!: string;

  @Column('numeric', { name: 'target_value', transformer: numericTransformer })
  targetValue!: number;

  @Column('date', { name: 'target_date' })
  targetDate!: string;

  @Column('jsonb', { name: 'intermediate_targets', default: () => "'[]'" })
  intermediateTargets!: { date: string; value: number }[];

  @Column('text')
  periodicity!: Periodicity;

  @Column('text', { nullable: true })
  source!: string | null;

  @Column('text', { nullable: true })
  definition!: string | null;

  @Column('boolean', { default: false })
  regional!: boolean;

  @Column('integer', { default: 1 })
  version!: number;
}
