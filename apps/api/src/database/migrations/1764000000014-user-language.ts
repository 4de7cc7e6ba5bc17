import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The interface language a user chose with the header's selector (issue 15): the page opens in it
 * on any browser, and Boussole's e-mails to them are written in it. Null until they choose, which
 * means French, the default.
 */
export class UserLanguage1764000000014 implements MigrationInterface {
  name = 'UserLanguage1764000000014';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN language text CHECK (language IN ('fr', 'en'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN language`);
  }
}
