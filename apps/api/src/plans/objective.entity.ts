import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AxisEntity } from './axis.entity';

/** A line of work ("objectif") inside an axis. */
@Entity('objectives')
export class ObjectiveEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' })
  id!: number;

  @Column('integer', { name: 'axis_id' })
  axisId!: number;

  @ManyToOne(() => AxisEntity, (axis) => axis.objectives, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'axis_id' })
  axis?: AxisEntity;

  @Column('smallint')
  number!: number;

  @Column('text')
  code!: string;

  @Column('text')
  title!: string;

  @Column('text', { nullable: true })
  description!: string | null;

  @Column('integer', { default: 1 })
  version!: number;
}
