import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One of the 18 regional health agencies, by INSEE region code. */
@Entity('regions')
export class RegionEntity {
  @PrimaryColumn('char', { length: 2 })
  code!: string;

  @Column('text', { unique: true })
  name!: string;

  @Column('boolean', { default: false })
  overseas!: boolean;
}
