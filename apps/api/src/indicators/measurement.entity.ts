import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { numericTransformer } from '../common/orm/transformers';

/** A value ("mesure") of an indicator for a period, national (no region) or for one region. */
@Entity('measurements')
export class MeasurementEntity {
  /** bigint: pg returns it as a string; payload mappers convert it. */
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS', type: 'bigint' })
  id!: string;

  @Column('integer', { name: 'indicator_id' })
  indicatorId!: number;

  /** First day of the period measured. */
  @Column('date')
  period!: string;

  @Column('char', { name: 'region_code', length: 2, nullable: true })
  regionCode!: string | null;

  @Column('numeric', { transformer: numericTransformer })
  value!: number;

  @Column('integer', { name: 'author_id', nullable: true })
  authorId!: number | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
