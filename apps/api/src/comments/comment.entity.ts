import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { CommentKind } from '@boussole/domain';
import { UserEntity } from '../users/user.entity';

/** A comment on an action or on one of its regional deployments; plain text, never HTML. */
@Entity('comments')
export class CommentEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' })
  id!: number;

  @Column('integer', { name: 'action_id' })
  actionId!: number;

  @Column('char', { name: 'region_code', length: 2, nullable: true })
  regionCode!: string | null;

  @Column('integer', { name: 'parent_id', nullable: true })
  parentId!: number | null;

  @Column('text')
  kind!: CommentKind;

  @Column('text')
  text!: string;

  @Column('integer', { name: 'author_id' })
  authorId!: number;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'edited_at', nullable: true })
  editedAt!: Date | null;

  @Column('timestamptz', { name: 'deleted_at', nullable: true })
  deletedAt!: Date | null;
}
