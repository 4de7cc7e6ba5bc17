import { DataSource } from 'typeorm';
import { passwordRefusal } from '../auth/password-policy';
import { hashPassword } from '../auth/passwords';
import { ConfigError, type AppConfig } from '../config/app-config';
import { grantAppRole, urlUser } from './app-role';
import { dataSourceOptions } from './data-source';
import { DEMO_ACCOUNTS } from './demo/demo-accounts';
import { loadDemoData } from './demo/demo-loader';

/** Any constant: serialises the start-up work of replicas starting together on one database. */
const STARTUP_LOCK = 724_001;

export interface PrepareResult {
  migrations: string[];
  demoLoaded: boolean;
  /** Why the app's role is not least-privilege, when it is not (set only with `appUrl`). */
  roleWarning?: string;
}

/**
 * Brings the database to the current schema, then loads the demo data when the database holds no
 * plan and no user and the mode is `demo`. A second start on the same data runs nothing again.
 * In production, a database that holds the demo accounts (known password) is refused, and an
 * empty one only gets the first admin named by the environment, if any, whose password must pass
 * the password rules.
 * `databaseUrl` is the schema owner's; with `appUrl` (the role the app runs as, when it is another
 * one), the owner then grants that role what the app needs and no more (app-role.ts).
 */
export async function prepareDatabase(
  databaseUrl: string,
  config: Pick<AppConfig, 'mode'>,
  options: { today?: string; env?: NodeJS.ProcessEnv; appUrl?: string } = {},
): Promise<PrepareResult> {
  const db = new DataSource(dataSourceOptions(databaseUrl));
  await db.initialize();
  try {
    const runner = db.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK]);
      const migrations = (await db.runMigrations({ transaction: 'all' })).map((m) => m.name);
      const roleWarning = options.appUrl ? await grantAppRole(runner, urlUser(options.appUrl)) : null;
      if (config.mode === 'production') await refuseDemoAccounts(db);
      const [{ plans, users }] = await runner.query(
        `SELECT (SELECT count(*)::int FROM plans) AS plans, (SELECT count(*)::int FROM users) AS users`,
      );
      let demoLoaded = false;
      if (plans === 0 && users === 0) {
        if (config.mode === 'demo') {
          const today = options.today ?? new Date().toISOString().slice(0, 10);
          await db.transaction((manager) => loadDemoData(manager, today));
          demoLoaded = true;
        } else {
          await createFirstAdmin(db, options.env ?? process.env);
        }
      }
      return { migrations, demoLoaded, ...(roleWarning ? { roleWarning } : {}) };
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK]).catch(() => undefined);
      await runner.release();
    }
  } finally {
    await db.destroy();
  }
}

/** A production start on a demo database would open Boussole to accounts whose password is public. */
async function refuseDemoAccounts(db: DataSource): Promise<void> {
  const found: { email: string }[] = await db.query(`SELECT email FROM users WHERE email = ANY($1) ORDER BY email`, [
    DEMO_ACCOUNTS.map((account) => account.email),
  ]);
  if (found.length === 0) return;
  throw new ConfigError(
    `Démarrage en production refusé : la base contient ${found.length} compte(s) de démonstration (${found
      .slice(0, 3)
      .map((row) => row.email)
      .join(', ')}${found.length > 3 ? '…' : ''}), dont le mot de passe est public. ` +
      'Démarrez en production sur une base vide (DATABASE_URL vers une nouvelle base), ' +
      'ou gardez cette base pour la démonstration avec BOUSSOLE_MODE=demo.',
  );
}

async function createFirstAdmin(db: DataSource, env: NodeJS.ProcessEnv): Promise<void> {
  const email = env['BOUSSOLE_ADMIN_EMAIL']?.trim().toLowerCase();
  const password = env['BOUSSOLE_ADMIN_PASSWORD'];
  if (!email && !password) return;
  if (!email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
    throw new ConfigError('BOUSSOLE_ADMIN_EMAIL doit être l’adresse électronique du premier compte administrateur (avec BOUSSOLE_ADMIN_PASSWORD).');
  }
  if (!password) throw new ConfigError('BOUSSOLE_ADMIN_PASSWORD doit être indiqué avec BOUSSOLE_ADMIN_EMAIL (le mot de passe du premier compte administrateur).');
  const name = 'Administrateur·rice';
  const refusal = passwordRefusal(password, { email, name });
  if (refusal) throw new ConfigError(`BOUSSOLE_ADMIN_PASSWORD est refusé : ${refusal}`);
  await db.query(`INSERT INTO users (email, name, role, password_hash) VALUES ($1, $2, 'admin', $3)`, [
    email,
    name,
    await hashPassword(password),
  ]);
}
