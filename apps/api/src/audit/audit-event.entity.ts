import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Who did what to which record, when, with the values before and after. Never rewritten. */
@Entity('audit_events')
export class AuditEventEntity {
  /** bigint: pg returns it as a string; payload mappers convert it. */
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS', type: 'bigint' })
  id!: string;

  @Column('integer', { name: 'actor_id', nullable: true })
  actorId!: number | null;

  @Column('text')
  verb!: string;

  @Column('text', { name: 'entity_type' })
  entityType!: string;

  @Column('text', { name: 'entity_id' })
  entityId!: string;

  @Column('jsonb', { nullable: true })
  before!: unknown;

  @Column('jsonb', { nullable: true })
  after!: unknown;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
