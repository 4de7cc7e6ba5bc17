import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The tracking loop: a status update's narrative is required only when the status gets worse (the
 * API checks it), so it may be empty; search on codes and titles ignores accents; the indexes the
 * action filters use.
 */
export class TrackingLoop1764000000002 implements MigrationInterface {
  name = 'TrackingLoop1764000000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE status_updates DROP CONSTRAINT status_updates_narrative_check;
      ALTER TABLE status_updates ADD CONSTRAINT status_updates_narrative_check CHECK (length(narrative) <= 5000);
      CREATE EXTENSION IF NOT EXISTS unaccent;
      CREATE INDEX actions_plan_due_idx ON actions (plan_id, due_date);
      CREATE INDEX actions_plan_status_idx ON actions (plan_id, status);
      CREATE INDEX actions_plan_last_update_idx ON actions (plan_id, last_update_at);
      CREATE INDEX milestones_open_idx ON milestones (action_id, planned_date) WHERE NOT done;
      CREATE INDEX axis_validations_axis_idx ON axis_validations (axis_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX IF EXISTS actions_plan_due_idx, actions_plan_status_idx, actions_plan_last_update_idx,
        milestones_open_idx, axis_validations_axis_idx;
      ALTER TABLE status_updates DROP CONSTRAINT status_updates_narrative_check;
      ALTER TABLE status_updates ADD CONSTRAINT status_updates_narrative_check CHECK (length(narrative) BETWEEN 1 AND 5000);
    `);
  }
}
