import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

export type AccountLinkPurpose = 'invitation' | 'reset';

/**
 * A one-time link to choose a password: an invitation (no password yet) or a reset. Only a hash of
 * its token is kept, so a database leak opens no account.
 */
@Entity('account_tokens')
export class AccountTokenEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' })
  id!: number;

  @Column('integer', { name: 'user_id' })
  userId!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column('text')
  purpose!: AccountLinkPurpose;

  @Column('bytea', { name: 'token_hash', unique: true })
  tokenHash!: Buffer;

  /** The admin who issued it; null when the person asked for it themselves ("mot de passe oublié"). */
  @Column('integer', { name: 'created_by', nullable: true })
  createdBy!: number | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @Column('timestamptz', { name: 'used_at', nullable: true })
  usedAt!: Date | null;
}
