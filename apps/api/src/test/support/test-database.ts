import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { prepareDatabase } from '../../database/prepare-database';

const TEMPLATE = 'boussole_template';
const LOCK = 724_002;

function serverUrl(database: string): string {
  const base = process.env['BOUSSOLE_TEST_PG'];
  if (!base) throw new Error('BOUSSOLE_TEST_PG is not set: run the API tests through Jest (global setup).');
  return `${base}/${database}`;
}

/**
 * A database of its own for a spec file: a copy of a template that was migrated and loaded with
 * the demo data once for the whole run (the first spec to need it builds it, under a lock).
 */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = new Client({ connectionString: serverUrl('postgres') });
  await admin.connect();
  const name = `test_${randomBytes(6).toString('hex')}`;
  try {
    await admin.query('SELECT pg_advisory_lock($1)', [LOCK]);
    if (options.empty) {
      await admin.query(`CREATE DATABASE ${name}`);
    } else {
      const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEMPLATE]);
      if (found.rowCount === 0) {
        await admin.query(`CREATE DATABASE ${TEMPLATE}`);
        await prepareDatabase(serverUrl(TEMPLATE), { mode: 'demo' });
      }
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE}`);
    }
  } finally {
    await admin.query('SELECT pg_advisory_unlock($1)', [LOCK]);
    await admin.end();
  }
  return {
    url: serverUrl(name),
    drop: async () => {
      const client = new Client({ connectionString: serverUrl('postgres') });
      await client.connect();
      // A pg Pool's end() resolves before its clients' sockets close: let those sessions finish,
      // else FORCE kills one mid-close and its pool (no error listener) fails the spec at teardown.
      for (let tries = 0; tries < 50; tries++) {
        const { rows } = await client.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
        if (rows[0].n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
