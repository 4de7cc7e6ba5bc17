import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Administration of the plan, its people and its cycles: a `version` on every record an admin
 * edits (optimistic concurrency, as actions have), an order for actions inside their objective,
 * renumbering of axes and objectives inside one transaction (deferred uniqueness), single-use
 * account links (invitation, reset) kept only as hashes, and the outbox of e-mails.
 */
export class Administration1764000000003 implements MigrationInterface {
  name = 'Administration1764000000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE plans ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
                        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
      ALTER TABLE axes ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version >= 1);
      ALTER TABLE objectives ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version >= 1);
      ALTER TABLE indicators ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version >= 1);
      ALTER TABLE reporting_cycles ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version >= 1);
      ALTER TABLE users ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
                        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();

      -- Actions are ordered inside their objective; existing ones keep the order of their codes.
      ALTER TABLE actions ADD COLUMN position integer NOT NULL DEFAULT 0 CHECK (position >= 0);
      UPDATE actions a SET position = o.rank FROM (
        SELECT id, (row_number() OVER (PARTITION BY objective_id ORDER BY string_to_array(code, '.')::int[]) - 1)::int AS rank
          FROM actions) o
       WHERE o.id = a.id;
      CREATE INDEX actions_objective_position_idx ON actions (objective_id, position);

      -- Reordering swaps numbers inside one transaction: uniqueness is checked at commit.
      ALTER TABLE axes DROP CONSTRAINT axes_plan_id_number_key;
      ALTER TABLE axes ADD CONSTRAINT axes_plan_id_number_key UNIQUE (plan_id, number) DEFERRABLE INITIALLY IMMEDIATE;
      ALTER TABLE objectives DROP CONSTRAINT objectives_axis_id_number_key;
      ALTER TABLE objectives ADD CONSTRAINT objectives_axis_id_number_key UNIQUE (axis_id, number) DEFERRABLE INITIALLY IMMEDIATE;

      -- One-time links: an invitation (first password) or a reset. Only the token's hash is kept.
      CREATE TABLE account_tokens (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('invitation', 'reset')),
        token_hash bytea NOT NULL UNIQUE,
        created_by integer REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        CHECK (expires_at > created_at)
      );
      CREATE INDEX account_tokens_user_idx ON account_tokens (user_id);

      -- E-mails: sent through SMTP when it is configured, else kept here for the admins to read.
      CREATE TABLE mail_outbox (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        recipient text NOT NULL,
        subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 300),
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        error text
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE IF EXISTS mail_outbox, account_tokens;
      ALTER TABLE objectives DROP CONSTRAINT objectives_axis_id_number_key;
      ALTER TABLE objectives ADD CONSTRAINT objectives_axis_id_number_key UNIQUE (axis_id, number);
      ALTER TABLE axes DROP CONSTRAINT axes_plan_id_number_key;
      ALTER TABLE axes ADD CONSTRAINT axes_plan_id_number_key UNIQUE (plan_id, number);
      DROP INDEX IF EXISTS actions_objective_position_idx;
      ALTER TABLE actions DROP COLUMN position;
      ALTER TABLE users DROP COLUMN version, DROP COLUMN updated_at;
      ALTER TABLE reporting_cycles DROP COLUMN version;
      ALTER TABLE indicators DROP COLUMN version;
      ALTER TABLE objectives DROP COLUMN version;
      ALTER TABLE axes DROP COLUMN version;
      ALTER TABLE plans DROP COLUMN version, DROP COLUMN updated_at;
    `);
  }
}
