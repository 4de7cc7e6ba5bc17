import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Status } from '@boussole/domain';
import { UserEntity } from '../users/user.entity';

/** The roll-out of one regional action in one region. */
@Entity('regional_deployments')
export class RegionalDeploymentEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' })
  id!: number;

  @Column('integer', { name: 'action_id' })
  actionId!: number;

  @Column('char', { name: 'region_code', length: 2 })
  regionCode!: string;

  @Column('text', { default: 'not_started' })
  status!: Status;

  @Column('smallint', { default: 0 })
  progress!: number;

  @Column('text', { nullable: true })
  narrative!: string | null;

  @Column('integer', { default: 1 })
  version!: number;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;

  @Column('integer', { name: 'updated_by', nullable: true })
  updatedById!: number | null;

  @ManyToOne(() => UserEntity, { nullable: true })
  @JoinColumn({ name: 'updated_by' })
  updatedBy?: UserEntity | null;
}
