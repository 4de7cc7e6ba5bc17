import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders and the delivery of e-mails (issue 10), scheduled in PostgreSQL so that N replicas do
 * each piece of work once.
 *
 * `cycle_mailings` is the claim of a cycle's mailing: the 7-day and 1-day reminders and the closing
 * summary have at most one row per cycle (a unique index), inserted in the very transaction that
 * writes their e-mails, so a second replica's insert waits for the first and then finds it taken.
 * Manual sends ("Relancer maintenant") have one row each, the sender's, for the 10-minute guard.
 *
 * `mail_outbox` gains the HTML part and its delivery state: replicas claim a due row with
 * `FOR UPDATE SKIP LOCKED`, and a failed send is tried again later (`next_attempt_at`).
 */
export class Reminders1764000000007 implements MigrationInterface {
  name = 'Reminders1764000000007';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE users ADD COLUMN reminders_enabled boolean NOT NULL DEFAULT true;

      ALTER TABLE mail_outbox
        ADD COLUMN html text,
        ADD COLUMN attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        ADD COLUMN next_attempt_at timestamptz NOT NULL DEFAULT now();
      -- What is left to send, in order: the only rows the delivery reads.
      CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at, id) WHERE sent_at IS NULL;

      CREATE TABLE cycle_mailings (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        cycle_id integer NOT NULL REFERENCES reporting_cycles (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('reminder_7d', 'reminder_1d', 'reminder_manual', 'closing_summary')),
        -- Who asked: the director or admin of a manual send, the admin who closed the cycle.
        sent_by integer REFERENCES users (id),
        sent_at timestamptz NOT NULL DEFAULT now(),
        messages integer NOT NULL DEFAULT 0 CHECK (messages >= 0),
        opted_out integer NOT NULL DEFAULT 0 CHECK (opted_out >= 0),
        -- Why a scheduled reminder sent nothing though it was due (e.g. a manual send just before).
        skipped text CHECK (length(skipped) BETWEEN 1 AND 500),
        CHECK (kind <> 'reminder_manual' OR sent_by IS NOT NULL)
      );
      CREATE UNIQUE INDEX cycle_mailings_once_idx ON cycle_mailings (cycle_id, kind) WHERE kind <> 'reminder_manual';
      CREATE INDEX cycle_mailings_cycle_idx ON cycle_mailings (cycle_id, sent_at DESC);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE IF EXISTS cycle_mailings;
      DROP INDEX IF EXISTS mail_outbox_due_idx;
      ALTER TABLE mail_outbox DROP COLUMN html, DROP COLUMN attempts, DROP COLUMN next_attempt_at;
      ALTER TABLE users DROP COLUMN reminders_enabled;
    `);
  }
}
