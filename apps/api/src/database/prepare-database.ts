import { DataSource } from 'typeorm';
import { hashPassword } from '../auth/passwords';
import type { AppConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source';
import { loadDemoData } from './demo/demo-loader';

/** Any constant: serialises the start-up work of replicas starting together on one database. */
const STARTUP_LOCK = 724_001;

export interface PrepareResult {
  migrations: string[];
  demoLoaded: boolean;
}

/**
 * Brings the database to the current schema, then loads the demo data when the database holds no
 * plan and no user and the mode is `demo`. A second start on the same data runs nothing again.
 * In production, an empty database only gets the first admin named by the environment, if any.
 */
export async function prepareDatabase(
  databaseUrl: string,
  config: Pick<AppConfig, 'mode'>,
  options: { today?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<PrepareResult> {
  const db = new DataSource(dataSourceOptions(databaseUrl));
  await db.initialize();
  try {
    const runner = db.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK]);
      const migrations = (await db.runMigrations({ transaction: 'all' })).map((m) => m.name);
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
      return { migrations, demoLoaded };
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK]).catch(() => undefined);
      await runner.release();
    }
  } finally {
    await db.destroy();
  }
}

async function createFirstAdmin(db: DataSource, env: NodeJS.ProcessEnv): Promise<void> {
  const email = env['BOUSSOLE_ADMIN_EMAIL']?.trim().toLowerCase();
  const password = env['BOUSSOLE_ADMIN_PASSWORD'];
  if (!email || !password) return;
  if (password.length < 12) throw new Error('BOUSSOLE_ADMIN_PASSWORD doit compter au moins 12 caractères.');
  await db.query(`INSERT INTO users (email, name, role, password_hash) VALUES ($1, $2, 'admin', $3)`, [
    email,
    'Administrateur·rice',
    await hashPassword(password),
  ]);
}
