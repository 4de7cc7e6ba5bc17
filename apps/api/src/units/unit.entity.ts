import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A DGOS sub-directorate (PF, RH, R, Q, N, DNS), which owns actions. */
@Entity('units')
export class UnitEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' })
  id!: number;

  @Column('text', { unique: true })
  code!: string;

  @Column('text')
  name!: string;
}
