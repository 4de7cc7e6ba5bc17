import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Imports from a spreadsheet (issue 11): each run, dry or applied, keeps its report — who sent
 * which file, what it would create or change, and every refusal at its cell — so that an admin can
 * read again what an import did (`GET /api/imports/:id`).
 */
export class Imports1764000000008 implements MigrationInterface {
  name = 'Imports1764000000008';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE imports (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        plan_id integer NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        author_id integer REFERENCES users (id),
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 300),
        file_size integer NOT NULL CHECK (file_size >= 0),
        dry_run boolean NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- planned: a dry run; applied: written; refused: errors, nothing written.
        status text NOT NULL CHECK (status IN ('planned', 'applied', 'refused')),
        summary jsonb NOT NULL,
        errors jsonb NOT NULL DEFAULT '[]'::jsonb,
        CHECK (status <> 'applied' OR NOT dry_run)
      );
      CREATE INDEX imports_plan_idx ON imports (plan_id, created_at DESC);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS imports;`);
  }
}
