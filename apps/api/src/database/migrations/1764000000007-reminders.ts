import { MigrationInterface, QueryRunner } from 'typeorm';

/** Reminders and scheduled work (issue 10): filled by the reminders work. */
export class Reminders1764000000007 implements MigrationInterface {
  name = 'Reminders1764000000007';

  async up(_q: QueryRunner): Promise<void> {
    // Nothing yet.
  }

  async down(_q: QueryRunner): Promise<void> {
    // Nothing yet.
  }
}
