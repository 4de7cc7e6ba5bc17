import type { QueryRunner } from 'typeorm';
import { ConfigError } from '../config/app-config';

/**
 * The least-privilege role the app runs as (DATABASE_URL's user) when the schema belongs to another
 * (DATABASE_OWNER_URL's): it reads and writes rows, and nothing more. Not owning the tables, it cannot
 * ALTER or DROP them nor disable their triggers (the append-only guards of audit_events and
 * status_updates); it may not TRUNCATE any table, nor UPDATE or DELETE those two, nor create
 * anything in the schema. Run by the owner after the migrations, under the start-up lock; running it
 * again changes nothing.
 */
export const APPEND_ONLY_TABLES = ['audit_events', 'status_updates'] as const;

/** The user named in a PostgreSQL URL, decoded. */
export function urlUser(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Grants the app role what the running app needs; returns why it is not least-privilege, if so. */
export async function grantAppRole(runner: QueryRunner, appRole: string): Promise<string | null> {
  const [owner] = await runner.query(`SELECT current_user AS name`);
  if (owner.name === appRole) return null;
  const [role] = await runner.query(`SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1`, [appRole]);
  if (!role) {
    throw new ConfigError(
      `Le rôle « ${appRole} » de DATABASE_URL n’existe pas dans PostgreSQL : créez-le (CREATE ROLE … LOGIN PASSWORD …, voir deploy/postgres/init-app-role.sh), ` +
        'DATABASE_OWNER_URL lui donnera ses droits au démarrage.',
    );
  }
  const owned: { name: string }[] = await runner.query(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relowner = (SELECT oid FROM pg_roles WHERE rolname = $1) LIMIT 3`,
    [appRole],
  );
  if (owned.length) {
    throw new ConfigError(
      `Le rôle « ${appRole} » de DATABASE_URL possède des tables (${owned.map((row) => row.name).join(', ')}…) : il pourrait en changer le schéma. ` +
        `Donnez-les au propriétaire, une fois : REASSIGN OWNED BY ${quoteIdent(appRole)} TO ${quoteIdent(owner.name)};`,
    );
  }
  const app = quoteIdent(appRole);
  const appendOnly = APPEND_ONLY_TABLES.join(', ');
  await runner.startTransaction();
  try {
    for (const statement of [
      `GRANT USAGE ON SCHEMA public TO ${app}`,
      `REVOKE CREATE ON SCHEMA public FROM ${app}`,
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app}`,
      `REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA public FROM ${app}`,
      // Written once, never rewritten: the trail and the history of status updates.
      `REVOKE UPDATE, DELETE ON ${appendOnly} FROM ${app}`,
      // The app reads which migrations ran; only the owner records them.
      `REVOKE INSERT, UPDATE, DELETE ON migrations FROM ${app}`,
      `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app}`,
      `GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO ${app}`,
      // Tables a later migration creates are the app's to use before this runs again.
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app}`,
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app}`,
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO ${app}`,
    ]) {
      await runner.query(statement);
    }
    await runner.commitTransaction();
  } catch (error) {
    await runner.rollbackTransaction();
    throw error;
  }
  const [left] = await runner.query(
    `SELECT has_schema_privilege($1, 'public', 'CREATE') AS schema, has_database_privilege($1, current_database(), 'CREATE') AS database`,
    [appRole],
  );
  if (left.schema || left.database) {
    // PostgreSQL before 15 lets PUBLIC create in the public schema: that is the owner's to close.
    return `le rôle « ${appRole} » peut encore créer des objets (${left.schema ? 'schéma public' : 'base'}) : REVOKE CREATE ON SCHEMA public FROM PUBLIC, en propriétaire.`;
  }
  if (role.rolsuper || role.rolbypassrls) {
    return `le rôle « ${appRole} » de DATABASE_URL est superutilisateur (ou BYPASSRLS) : ses droits ne sont pas restreints, utilisez un rôle ordinaire (NOSUPERUSER).`;
  }
  return null;
}
