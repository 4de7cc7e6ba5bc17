import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A director's validation of an axis for a cycle, with the axis's state frozen as validated. */
@Entity('axis_validations')
export class AxisValidationEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' })
  id!: number;

  @Column('integer', { name: 'cycle_id' })
  cycleId!: number;

  @Column('integer', { name: 'axis_id' })
  axisId!: number;

  @Column('integer', { name: 'validated_by' })
  validatedBy!: number;

  @Column('timestamptz', { name: 'validated_at', default: () => 'now()' })
  validatedAt!: Date;

  @Column('text', { nullable: true })
  comment!: string | null;

  @Column('jsonb')
  snapshot!: unknown;
}
