import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Throttling kept in PostgreSQL so that every replica counts the same attempts (issue 13).
 *
 * `login_throttle` counts sign-in attempts under three keys: the account and IP pair, the account
 * alone and the IP alone. `login_attempt` takes a slot under all three at once, row-locked, BEFORE
 * the password is checked, so parallel attempts cannot all pass; a success gives it back.
 * - pair: from the 5th attempt, each one blocks the pair 2^(n-4) s, at most 15 min (forgotten after a day);
 * - account: from the 50th attempt in an hour, from any IP, each one blocks the account 1 min: a
 *   stranger cannot lock a person out for long from elsewhere;
 * - IP: 100 attempts an hour, then blocked until the hour is over.
 * An attempt refused because a key is blocked counts nowhere: hammering does not lengthen a block.
 *
 * `write_rate` holds the per-minute write counters (per session, per IP) of the write limit.
 */
export class RateLimits1764000000010 implements MigrationInterface {
  name = 'RateLimits1764000000010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_throttle (
        key text PRIMARY KEY CHECK (length(key) <= 400),
        failures integer NOT NULL DEFAULT 0,
        window_start timestamptz NOT NULL DEFAULT now(),
        blocked_until timestamptz
      );
      CREATE INDEX login_throttle_window_idx ON login_throttle (window_start);

      CREATE FUNCTION login_attempt(pair_key text, account_key text, ip_key text) RETURNS integer
      LANGUAGE plpgsql AS $$
      DECLARE
        r login_throttle;
        wait interval := interval '0';
      BEGIN
        DELETE FROM login_throttle
         WHERE window_start < now() - interval '1 day' AND coalesce(blocked_until, '-infinity') < now();
        INSERT INTO login_throttle (key) VALUES (pair_key), (account_key), (ip_key) ON CONFLICT (key) DO NOTHING;
        -- Locked in key order, so two attempts never deadlock.
        FOR r IN SELECT * FROM login_throttle WHERE key IN (pair_key, account_key, ip_key) ORDER BY key FOR UPDATE LOOP
          IF r.blocked_until > now() THEN wait := greatest(wait, r.blocked_until - now()); END IF;
        END LOOP;
        IF wait > interval '0' THEN RETURN greatest(1, ceil(extract(epoch FROM wait)))::integer; END IF;

        UPDATE login_throttle SET
          window_start = CASE WHEN window_start < now() - (CASE WHEN key = pair_key THEN interval '1 day' ELSE interval '1 hour' END)
                              THEN now() ELSE window_start END,
          failures = CASE WHEN window_start < now() - (CASE WHEN key = pair_key THEN interval '1 day' ELSE interval '1 hour' END)
                          THEN 1 ELSE failures + 1 END
         WHERE key IN (pair_key, account_key, ip_key);
        UPDATE login_throttle SET blocked_until = CASE
            WHEN key = pair_key AND failures >= 5 THEN now() + least(power(2, least(failures - 4, 20)), 900) * interval '1 second'
            WHEN key = account_key AND failures >= 50 THEN now() + interval '1 minute'
            WHEN key = ip_key AND failures >= 100 THEN window_start + interval '1 hour'
            ELSE NULL END
         WHERE key IN (pair_key, account_key, ip_key);
        RETURN 0;
      END
      $$;

      -- A sign-in that succeeded: the account's counters start again, the IP gets its slot back.
      CREATE FUNCTION login_succeeded(pair_key text, account_key text, ip_key text) RETURNS void
      LANGUAGE sql AS $$
        DELETE FROM login_throttle WHERE key IN (pair_key, account_key);
        UPDATE login_throttle SET failures = greatest(failures - 1, 0),
               blocked_until = CASE WHEN failures - 1 >= 100 THEN blocked_until END
         WHERE key = ip_key;
      $$;

      CREATE TABLE write_rate (
        key text PRIMARY KEY CHECK (length(key) <= 200),
        points integer NOT NULL,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX write_rate_expiry_idx ON write_rate (expires_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE write_rate;
      DROP FUNCTION login_succeeded(text, text, text);
      DROP FUNCTION login_attempt(text, text, text);
      DROP TABLE login_throttle;
    `);
  }
}
