import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Language, Role } from '@boussole/domain';
import { UnitEntity } from '../units/unit.entity';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' })
  id!: number;

  @Column('text', { unique: true })
  email!: string;

  @Column('text')
  name!: string;

  @Column('text')
  role!: Role;

  @Column('integer', { name: 'unit_id', nullable: true })
  unitId!: number | null;

  @ManyToOne(() => UnitEntity, { nullable: true })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity | null;

  @Column('char', { name: 'region_code', length: 2, nullable: true })
  regionCode!: string | null;

  /** Never serialised: responses are built from explicit payload mappers. */
  @Column('text', { name: 'password_hash', nullable: true, select: false })
  passwordHash!: string | null;

  @Column('boolean', { default: true })
  active!: boolean;

  /** The ProConnect identity (`sub`) linked at the first ProConnect sign-in; null until then. */
  @Column('text', { name: 'proconnect_sub', nullable: true, unique: true })
  proconnectSub!: string | null;

  /** "Recevoir les relances des campagnes de suivi" (Mon compte): reminders and closing summaries. */
  @Column('boolean', { name: 'reminders_enabled', default: true })
  remindersEnabled!: boolean;

  /** The interface language chosen with the header's selector; null until chosen (French). */
  @Column('text', { nullable: true })
  language!: Language | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;

  /** Optimistic concurrency of the administration's edits (If-Match), as actions have; set by hand. */
  @Column('integer', { default: 1 })
  version!: number;
}
