import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * ProConnect sign-in (issue 15). A user's ProConnect identity (`sub`) is linked at their first
 * sign-in and used from then on, so that an e-mail changed at the provider does not lose the
 * account; a session opened through ProConnect keeps its ID token, the `id_token_hint` of the
 * sign-out at the provider. A sign-in under way keeps its PKCE verifier, `state` and `nonce` here,
 * keyed by the hash of a random id held in the browser's cookie: any replica can finish the flow,
 * each flow is used once (deleted as it is read), and only from the browser that started it.
 */
export class ProConnect1764000000013 implements MigrationInterface {
  name = 'ProConnect1764000000013';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE users ADD COLUMN proconnect_sub text UNIQUE CHECK (proconnect_sub <> '');
      ALTER TABLE sessions ADD COLUMN id_token text;
      CREATE TABLE proconnect_flows (
        id_hash bytea PRIMARY KEY,
        state text NOT NULL,
        nonce text NOT NULL,
        code_verifier text NOT NULL,
        return_to text,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX proconnect_flows_expires_idx ON proconnect_flows (expires_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE proconnect_flows;
      ALTER TABLE sessions DROP COLUMN id_token;
      ALTER TABLE users DROP COLUMN proconnect_sub;
    `);
  }
}
