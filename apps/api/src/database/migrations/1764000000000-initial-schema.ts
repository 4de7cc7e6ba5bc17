import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The whole domain of DESIGN §2, with the constraints that keep the data sound: foreign keys, the
 * closed status vocabulary, progress 0..100, `done` means 100, unique codes, composite keys that
 * keep an action's plan/axis/objective consistent, deployments only for regional actions, and
 * status updates and audit events that can never be rewritten.
 */
export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE units (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z]{1,8}$'),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300)
      );

      CREATE TABLE regions (
        code char(2) PRIMARY KEY CHECK (code ~ '^[0-9]{2}$'),
        name text NOT NULL UNIQUE,
        overseas boolean NOT NULL DEFAULT false
      );

      CREATE TABLE users (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        email text NOT NULL CHECK (email = lower(email) AND email ~ '^[^@\\s]+@[^@\\s]+$'),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        role text NOT NULL CHECK (role IN ('admin', 'director', 'project_manager', 'ars_liaison', 'viewer')),
        unit_id integer REFERENCES units (id),
        region_code char(2) REFERENCES regions (code),
        password_hash text,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_email_unique UNIQUE (email),
        CONSTRAINT users_project_manager_has_unit CHECK (role <> 'project_manager' OR unit_id IS NOT NULL),
        CONSTRAINT users_ars_liaison_has_region CHECK (role <> 'ars_liaison' OR region_code IS NOT NULL)
      );

      CREATE TABLE sessions (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        user_agent text
      );
      CREATE INDEX sessions_user_idx ON sessions (user_id);
      CREATE INDEX sessions_expires_idx ON sessions (expires_at);

      CREATE TABLE plans (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        title text NOT NULL UNIQUE CHECK (length(title) BETWEEN 1 AND 300),
        description text,
        start_year smallint NOT NULL CHECK (start_year BETWEEN 2000 AND 2100),
        end_year smallint NOT NULL,
        state text NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'active', 'archived')),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (end_year >= start_year)
      );

      CREATE TABLE axes (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        plan_id integer NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        number smallint NOT NULL CHECK (number BETWEEN 1 AND 20),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
        description text,
        sponsor_id integer REFERENCES users (id),
        UNIQUE (plan_id, number),
        UNIQUE (id, plan_id)
      );

      CREATE TABLE objectives (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        axis_id integer NOT NULL REFERENCES axes (id) ON DELETE CASCADE,
        number smallint NOT NULL CHECK (number BETWEEN 1 AND 50),
        code text NOT NULL CHECK (code ~ '^[0-9]+\\.[0-9]+$'),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
        description text,
        UNIQUE (axis_id, number),
        UNIQUE (id, axis_id)
      );

      CREATE TABLE reporting_cycles (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        plan_id integer NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        label text NOT NULL CHECK (length(label) BETWEEN 1 AND 50),
        opens_on date NOT NULL,
        closes_on date NOT NULL,
        state text NOT NULL DEFAULT 'planned' CHECK (state IN ('planned', 'open', 'closed')),
        UNIQUE (plan_id, label),
        CHECK (closes_on >= opens_on)
      );
      -- One open reporting cycle per plan at a time.
      CREATE UNIQUE INDEX reporting_cycles_one_open ON reporting_cycles (plan_id) WHERE state = 'open';

      CREATE TABLE actions (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        plan_id integer NOT NULL,
        axis_id integer NOT NULL,
        objective_id integer NOT NULL,
        code text NOT NULL CHECK (code ~ '^[0-9]+(\\.[0-9]+)+$'),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
        description text,
        unit_id integer NOT NULL REFERENCES units (id),
        owner_id integer REFERENCES users (id),
        start_date date,
        due_date date,
        weight numeric(6, 2) NOT NULL DEFAULT 1 CHECK (weight > 0 AND weight <= 1000),
        regional boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'not_started'
          CHECK (status IN ('not_started', 'on_track', 'at_risk', 'late', 'done', 'abandoned')),
        progress smallint NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        last_update_at timestamptz,
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (plan_id, code),
        UNIQUE (id, regional),
        CONSTRAINT actions_done_is_100 CHECK (status <> 'done' OR progress = 100),
        CONSTRAINT actions_dates_ordered CHECK (due_date IS NULL OR start_date IS NULL OR due_date >= start_date),
        -- The objective belongs to the axis, and the axis to the plan: the denormalised keys agree.
        FOREIGN KEY (objective_id, axis_id) REFERENCES objectives (id, axis_id),
        FOREIGN KEY (axis_id, plan_id) REFERENCES axes (id, plan_id)
      );
      CREATE INDEX actions_objective_idx ON actions (objective_id);
      CREATE INDEX actions_axis_idx ON actions (axis_id);
      CREATE INDEX actions_unit_idx ON actions (unit_id);

      CREATE TABLE milestones (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        action_id integer NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        planned_date date NOT NULL,
        actual_date date,
        done boolean NOT NULL DEFAULT false,
        position smallint NOT NULL DEFAULT 0,
        CONSTRAINT milestones_done_has_date CHECK (NOT done OR actual_date IS NOT NULL)
      );
      CREATE INDEX milestones_action_idx ON milestones (action_id);

      CREATE TABLE status_updates (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        action_id integer NOT NULL REFERENCES actions (id),
        cycle_id integer REFERENCES reporting_cycles (id),
        status text NOT NULL
          CHECK (status IN ('not_started', 'on_track', 'at_risk', 'late', 'done', 'abandoned')),
        progress smallint NOT NULL CHECK (progress BETWEEN 0 AND 100),
        narrative text NOT NULL CHECK (length(narrative) BETWEEN 1 AND 5000),
        next_steps text CHECK (length(next_steps) <= 5000),
        blockers text CHECK (length(blockers) <= 5000),
        author_id integer NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT status_updates_done_is_100 CHECK (status <> 'done' OR progress = 100)
      );
      CREATE INDEX status_updates_action_time_idx ON status_updates (action_id, created_at DESC, id DESC);
      CREATE INDEX status_updates_cycle_idx ON status_updates (cycle_id);

      CREATE TABLE axis_validations (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        cycle_id integer NOT NULL REFERENCES reporting_cycles (id),
        axis_id integer NOT NULL REFERENCES axes (id),
        validated_by integer NOT NULL REFERENCES users (id),
        validated_at timestamptz NOT NULL DEFAULT now(),
        comment text CHECK (length(comment) <= 5000),
        -- The state of the axis as validated, kept as it was for exports and "changes since".
        snapshot jsonb NOT NULL,
        UNIQUE (cycle_id, axis_id)
      );

      CREATE TABLE indicators (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        plan_id integer NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        axis_id integer REFERENCES axes (id),
        objective_id integer REFERENCES objectives (id),
        action_id integer REFERENCES actions (id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
        unit text NOT NULL CHECK (length(unit) BETWEEN 1 AND 50),
        baseline_value numeric NOT NULL,
        baseline_date date NOT NULL,
        target_value numeric NOT NULL,
        target_date date NOT NULL,
        intermediate_targets jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(intermediate_targets) = 'array'),
        periodicity text NOT NULL CHECK (periodicity IN ('month', 'quarter', 'year')),
        source text,
        definition text,
        regional boolean NOT NULL DEFAULT false,
        UNIQUE (id, regional),
        CHECK (target_date > baseline_date),
        -- Attached to at most one node below the plan.
        CHECK (num_nonnulls(axis_id, objective_id, action_id) <= 1)
      );
      CREATE INDEX indicators_plan_idx ON indicators (plan_id);
      CREATE INDEX indicators_action_idx ON indicators (action_id);

      CREATE TABLE measurements (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        indicator_id integer NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
        -- The first day of the period measured (month, quarter or year).
        period date NOT NULL,
        region_code char(2) REFERENCES regions (code),
        value numeric NOT NULL,
        author_id integer REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT measurements_one_per_period UNIQUE NULLS NOT DISTINCT (indicator_id, period, region_code)
      );
      CREATE INDEX measurements_indicator_period_idx ON measurements (indicator_id, period DESC);

      CREATE TABLE regional_deployments (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        action_id integer NOT NULL,
        -- Always true: with the foreign key below, only a regional action can have deployments.
        regional boolean NOT NULL DEFAULT true CHECK (regional),
        region_code char(2) NOT NULL REFERENCES regions (code),
        status text NOT NULL DEFAULT 'not_started'
          CHECK (status IN ('not_started', 'on_track', 'at_risk', 'late', 'done', 'abandoned')),
        progress smallint NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        narrative text CHECK (length(narrative) <= 5000),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by integer REFERENCES users (id),
        UNIQUE (action_id, region_code),
        CONSTRAINT regional_deployments_done_is_100 CHECK (status <> 'done' OR progress = 100),
        FOREIGN KEY (action_id, regional) REFERENCES actions (id, regional) ON DELETE CASCADE
      );
      CREATE INDEX regional_deployments_region_idx ON regional_deployments (region_code);

      CREATE TABLE comments (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        action_id integer NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
        -- Set for a comment on one regional deployment of the action.
        region_code char(2),
        parent_id integer REFERENCES comments (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('general', 'result', 'blocker', 'support_request', 'good_practice')),
        text text NOT NULL CHECK (length(text) BETWEEN 1 AND 10000),
        author_id integer NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        deleted_at timestamptz,
        FOREIGN KEY (action_id, region_code) REFERENCES regional_deployments (action_id, region_code)
      );
      CREATE INDEX comments_action_idx ON comments (action_id, region_code, created_at);
      CREATE INDEX comments_parent_idx ON comments (parent_id);

      CREATE TABLE audit_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        actor_id integer REFERENCES users (id),
        verb text NOT NULL CHECK (length(verb) BETWEEN 1 AND 100),
        entity_type text NOT NULL CHECK (length(entity_type) BETWEEN 1 AND 100),
        entity_id text NOT NULL,
        before jsonb,
        after jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX audit_events_entity_idx ON audit_events (entity_type, entity_id, created_at DESC);

      -- History is never rewritten: status updates and audit events refuse UPDATE and DELETE.
      CREATE FUNCTION boussole_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is immutable', TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
      END;
      $$;
      CREATE TRIGGER status_updates_immutable BEFORE UPDATE OR DELETE ON status_updates
        FOR EACH ROW EXECUTE FUNCTION boussole_refuse_change();
      CREATE TRIGGER audit_events_immutable BEFORE UPDATE OR DELETE ON audit_events
        FOR EACH ROW EXECUTE FUNCTION boussole_refuse_change();

      -- Replies go one level deep, on the same action and deployment as their parent.
      CREATE FUNCTION boussole_check_comment_parent() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE parent comments%ROWTYPE;
      BEGIN
        IF NEW.parent_id IS NULL THEN RETURN NEW; END IF;
        SELECT * INTO parent FROM comments WHERE id = NEW.parent_id;
        IF parent.parent_id IS NOT NULL THEN
          RAISE EXCEPTION 'replies are one level deep' USING ERRCODE = 'check_violation';
        END IF;
        IF parent.action_id <> NEW.action_id OR parent.region_code IS DISTINCT FROM NEW.region_code THEN
          RAISE EXCEPTION 'a reply belongs to its parent''s thread' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END;
      $$;
      CREATE TRIGGER comments_parent_check BEFORE INSERT OR UPDATE OF parent_id ON comments
        FOR EACH ROW EXECUTE FUNCTION boussole_check_comment_parent();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE IF EXISTS audit_events, comments, regional_deployments, measurements, indicators,
        axis_validations, status_updates, milestones, actions, reporting_cycles, objectives, axes,
        plans, sessions, users, regions, units CASCADE;
      DROP FUNCTION IF EXISTS boussole_refuse_change();
      DROP FUNCTION IF EXISTS boussole_check_comment_parent();
    `);
  }
}
