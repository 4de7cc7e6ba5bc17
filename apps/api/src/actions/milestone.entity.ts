import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A dated step ("jalon") of an action. */
@Entity('milestones')
export class MilestoneEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' })
  id!: number;

  @Column('integer', { name: 'action_id' })
  actionId!: number;

  @Column('text')
  title!: string;

  @Column('date', { name: 'planned_date' })
  plannedDate!: string;

  @Column('date', { name: 'actual_date', nullable: true })
  actualDate!: string | null;

  @Column('boolean', { default: false })
  done!: boolean;

  @Column('smallint', { default: 0 })
  position!: number;
}
