import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The validation of an axis for a cycle, and the frozen state it keeps (DESIGN §2, issue 10).
 *
 * A validation is never deleted: reopening it fills who reopened it, when and why, once, and the
 * database refuses any other change. At most one validation of an axis stands per cycle; a
 * reopened one stays beside the next. Frozen states live in `cycle_snapshots`, one per standing
 * or past validation, plus, when the cycle closes, one per axis not validated then and one for the
 * plan (`axis_id` null). Like status updates, snapshots are refused UPDATE and DELETE by the
 * database itself.
 */
export class CycleValidation1764000000006 implements MigrationInterface {
  name = 'CycleValidation1764000000006';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE axis_validations
        DROP COLUMN snapshot,
        DROP CONSTRAINT axis_validations_cycle_id_axis_id_key,
        ADD COLUMN justifications jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(justifications) = 'array'),
        ADD COLUMN reopened_at timestamptz,
        ADD COLUMN reopened_by integer REFERENCES users (id),
        ADD COLUMN reopen_reason text CHECK (length(reopen_reason) BETWEEN 1 AND 5000),
        ADD CONSTRAINT axis_validations_reopening_whole
          CHECK ((reopened_at IS NULL) = (reopened_by IS NULL) AND (reopened_at IS NULL) = (reopen_reason IS NULL));
      CREATE UNIQUE INDEX axis_validations_standing_idx ON axis_validations (cycle_id, axis_id) WHERE reopened_at IS NULL;
      CREATE INDEX axis_validations_cycle_idx ON axis_validations (cycle_id);

      CREATE FUNCTION boussole_validation_reopen_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' OR OLD.reopened_at IS NOT NULL
           OR (NEW.cycle_id, NEW.axis_id, NEW.validated_by, NEW.validated_at, NEW.comment, NEW.justifications)
              IS DISTINCT FROM (OLD.cycle_id, OLD.axis_id, OLD.validated_by, OLD.validated_at, OLD.comment, OLD.justifications) THEN
          RAISE EXCEPTION 'axis_validations is immutable but for its reopening' USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NEW;
      END;
      $$;
      CREATE TRIGGER axis_validations_reopen_only BEFORE UPDATE OR DELETE ON axis_validations
        FOR EACH ROW EXECUTE FUNCTION boussole_validation_reopen_only();

      CREATE TABLE cycle_snapshots (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        cycle_id integer NOT NULL REFERENCES reporting_cycles (id),
        -- Null: the plan's roll-up, frozen when the cycle closed.
        axis_id integer REFERENCES axes (id),
        -- Null: frozen by the closing of the cycle rather than by a validation.
        validation_id integer UNIQUE REFERENCES axis_validations (id),
        frozen_at timestamptz NOT NULL DEFAULT now(),
        -- The reference date of the figures (Europe/Paris day).
        as_of date NOT NULL,
        content jsonb NOT NULL CHECK (jsonb_typeof(content) = 'object'),
        CHECK (validation_id IS NULL OR axis_id IS NOT NULL)
      );
      CREATE UNIQUE INDEX cycle_snapshots_closing_idx ON cycle_snapshots (cycle_id, coalesce(axis_id, 0)) WHERE validation_id IS NULL;
      CREATE INDEX cycle_snapshots_cycle_idx ON cycle_snapshots (cycle_id);
      CREATE TRIGGER cycle_snapshots_immutable BEFORE UPDATE OR DELETE ON cycle_snapshots
        FOR EACH ROW EXECUTE FUNCTION boussole_refuse_change();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE IF EXISTS cycle_snapshots;
      DROP TRIGGER IF EXISTS axis_validations_reopen_only ON axis_validations;
      DROP FUNCTION IF EXISTS boussole_validation_reopen_only();
      DELETE FROM axis_validations WHERE reopened_at IS NOT NULL;
      DROP INDEX IF EXISTS axis_validations_standing_idx, axis_validations_cycle_idx;
      ALTER TABLE axis_validations
        DROP CONSTRAINT axis_validations_reopening_whole,
        DROP COLUMN justifications, DROP COLUMN reopened_at, DROP COLUMN reopened_by, DROP COLUMN reopen_reason,
        ADD COLUMN snapshot jsonb NOT NULL DEFAULT '{}',
        ADD CONSTRAINT axis_validations_cycle_id_axis_id_key UNIQUE (cycle_id, axis_id);
    `);
  }
}
