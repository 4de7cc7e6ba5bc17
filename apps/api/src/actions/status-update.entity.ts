import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Status } from '@boussole/domain';
import { UserEntity } from '../users/user.entity';

/** An immutable "point d'avancement": the database refuses to update or delete it. */
@Entity('status_updates')
export class StatusUpdateEntity {
  /** bigint: pg returns it as a string; payload mappers convert it. */
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS', type: 'bigint' })
  id!: string;

  @Column('integer', { name: 'action_id' })
  actionId!: number;

  @Column('integer', { name: 'cycle_id', nullable: true })
  cycleId!: number | null;

  @Column('text')
  status!: Status;

  @Column('smallint')
  progress!: number;

  @Column('text')
  narrative!: string;

  @Column('text', { name: 'next_steps', nullable: true })
  nextSteps!: string | null;

  @Column('text', { nullable: true })
  blockers!: string | null;

  @Column('integer', { name: 'author_id' })
  authorId!: number;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
