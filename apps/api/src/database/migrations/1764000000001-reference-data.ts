import { REGIONS, UNITS } from '@boussole/domain';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** The 18 ARS and the DGOS sub-directorates: reference data every mode needs, demo or not. */
export class ReferenceData1764000000001 implements MigrationInterface {
  name = 'ReferenceData1764000000001';

  async up(q: QueryRunner): Promise<void> {
    for (const region of REGIONS) {
      await q.query(`INSERT INTO regions (code, name, overseas) VALUES ($1, $2, $3)`, [
        region.code,
        region.name,
        region.overseas,
      ]);
    }
    for (const unit of UNITS) {
      await q.query(`INSERT INTO units (code, name) VALUES ($1, $2)`, [unit.code, unit.name]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM units; DELETE FROM regions;`);
  }
}
