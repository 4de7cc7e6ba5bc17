import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A status update in one round trip (DESIGN §7: ≥ 600 per second): the function locks the action's
 * row, checks what the API decided beforehand, and writes the update, the action's new state, its
 * audit event and the notification, in the caller's one statement (so one transaction).
 *
 * The rules stay in libs/domain: the API passes their outcome, the units its user may update
 * (`p_units`, NULL for any) and the previous météos from which this change is allowed
 * (`p_previous`, from `statusChangeErrors`); the function only compares. When a check fails it
 * writes nothing and returns the facts, from which the API gives the same refusal as before.
 *
 * PL/pgSQL and not one statement with CTEs: in READ COMMITTED each statement of a volatile
 * function takes a fresh snapshot, so the question of the validated axis, asked once the row lock
 * is held, sees a validation that made the lock wait (cycles/axis-lock.ts); a CTE of the locking
 * statement would not. The query is the one of `standingValidationSql` when this was written.
 */
export class StatusUpdateFunction1764000000012 implements MigrationInterface {
  name = 'StatusUpdateFunction1764000000012';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION boussole_post_status_update(
        p_action integer, p_version integer, p_status text, p_progress smallint, p_narrative text,
        p_next_steps text, p_blockers text, p_author integer, p_units text[], p_previous text[]
      ) RETURNS json LANGUAGE plpgsql VOLATILE AS $fn$
      DECLARE
        v record;
        v_axis_number integer;
        v_cycle_label text;
        v_update_id bigint;
        v_created_at timestamptz;
        v_version integer;
        v_last_update_at timestamptz;
      BEGIN
        SELECT a.id, a.plan_id, a.axis_id, un.code AS unit_code, a.status, a.progress, a.version,
               a.start_date, a.due_date, p.state AS plan_state, c.id AS cycle_id, c.opens_on AS cycle_opened_on,
               coalesce((SELECT json_agg(json_build_object('plannedDate', m.planned_date, 'done', m.done, 'title', m.title)
                                         ORDER BY m.planned_date, m.position, m.id)
                           FROM milestones m WHERE m.action_id = a.id), '[]') AS milestones
          INTO v
          FROM actions a JOIN units un ON un.id = a.unit_id JOIN plans p ON p.id = a.plan_id
          LEFT JOIN reporting_cycles c ON c.plan_id = a.plan_id AND c.state = 'open'
         WHERE a.id = p_action FOR UPDATE OF a;
        IF NOT FOUND THEN
          RETURN NULL;
        END IF;

        IF (p_units IS NOT NULL AND NOT v.unit_code = ANY (p_units)) OR v.plan_state = 'archived'
           OR v.version <> p_version OR NOT v.status = ANY (p_previous) THEN
          RETURN json_build_object('written', false, 'action', row_to_json(v));
        END IF;

        -- A statement of its own, after the lock: it sees a validation committed while we waited.
        SELECT ax.number, c.label INTO v_axis_number, v_cycle_label
          FROM axis_validations av
          JOIN reporting_cycles c ON c.id = av.cycle_id AND c.state = 'open'
          JOIN axes ax ON ax.id = av.axis_id
         WHERE av.reopened_at IS NULL AND av.axis_id = v.axis_id;
        IF FOUND THEN
          RETURN json_build_object('written', false, 'action', row_to_json(v),
                                   'validated', json_build_object('axisNumber', v_axis_number, 'cycleLabel', v_cycle_label));
        END IF;

        INSERT INTO status_updates (action_id, cycle_id, status, progress, narrative, next_steps, blockers, author_id)
        VALUES (p_action, v.cycle_id, p_status, p_progress, p_narrative, p_next_steps, p_blockers, p_author)
        RETURNING id, created_at INTO v_update_id, v_created_at;

        UPDATE actions SET status = p_status, progress = p_progress, last_update_at = now(), version = version + 1, updated_at = now()
         WHERE id = p_action
         RETURNING version, last_update_at INTO v_version, v_last_update_at;

        INSERT INTO audit_events (actor_id, verb, entity_type, entity_id, before, after)
        VALUES (p_author, 'status_update.create', 'action', p_action::text,
                jsonb_build_object('status', v.status, 'progress', v.progress, 'version', v.version),
                jsonb_build_object('status', p_status, 'progress', p_progress, 'version', v_version, 'statusUpdateId', v_update_id));

        -- Sent at commit, so only a committed update is announced (events/events.service.ts).
        PERFORM pg_notify('boussole_events', json_build_object('type', 'action.updated', 'planId', v.plan_id, 'actionId', p_action)::text);

        RETURN json_build_object('written', true, 'action', row_to_json(v), 'updateId', v_update_id, 'createdAt', v_created_at,
                                 'version', v_version, 'lastUpdateAt', v_last_update_at);
      END
      $fn$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION boussole_post_status_update(integer, integer, text, smallint, text, text, text, integer, text[], text[])`);
  }
}
