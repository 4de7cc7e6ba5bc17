import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Every e-mail Boussole writes: sent through SMTP when configured, else kept for the admins to read. */
@Entity('mail_outbox')
export class MailOutboxEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' })
  id!: number;

  @Column('text')
  recipient!: string;

  @Column('text')
  subject!: string;

  /** The plain-text part. */
  @Column('text')
  body!: string;

  /** The HTML part; null for the e-mails written before it existed. */
  @Column('text', { nullable: true })
  html!: string | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'sent_at', nullable: true })
  sentAt!: Date | null;

  /** The latest failure's reason; cleared once sent. */
  @Column('text', { nullable: true })
  error!: string | null;

  /** Sending attempts made so far, failed or not. */
  @Column('integer', { default: 0 })
  attempts!: number;

  /** When a replica may try to send it (again): the backoff after a failure. */
  @Column('timestamptz', { name: 'next_attempt_at', default: () => 'now()' })
  nextAttemptAt!: Date;
}
