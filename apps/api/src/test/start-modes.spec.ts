import { Pool } from 'pg';
import { ConfigError, loadConfig } from '../config/app-config';
import { prepareDatabase } from '../database/prepare-database';
import { createTestDatabase } from './support/test-database';

/** Point 5 of issue 9: a start that cannot leak the demo accounts. */
describe('start modes', () => {
  it('defaults to demo on the embedded database only; with DATABASE_URL the mode must be named', () => {
    expect(loadConfig({}).mode).toBe('demo');
    expect(() => loadConfig({ DATABASE_URL: 'postgres://boussole@db:5432/boussole' })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://boussole@db:5432/boussole' })).toThrow(
      /^DATABASE_URL est défini : indiquez aussi le mode de démarrage, BOUSSOLE_MODE=production/,
    );
    expect(loadConfig({ DATABASE_URL: 'postgres://boussole@db:5432/boussole', BOUSSOLE_MODE: 'production' }).mode).toBe('production');
    expect(loadConfig({ DATABASE_URL: 'postgres://boussole@db:5432/boussole', BOUSSOLE_MODE: 'demo' }).mode).toBe('demo');
    expect(() => loadConfig({ BOUSSOLE_MODE: 'prod' })).toThrow('BOUSSOLE_MODE doit valoir « demo » ou « production » : « prod ».');
  });

  it('refuses to start in production on a database that holds the demo accounts', async () => {
    const db = await createTestDatabase();
    try {
      const start = prepareDatabase(db.url, { mode: 'production' }, { env: {} });
      await expect(start).rejects.toThrow(ConfigError);
      await expect(prepareDatabase(db.url, { mode: 'production' }, { env: {} })).rejects.toThrow(
        /^Démarrage en production refusé : la base contient 12 compte\(s\) de démonstration \(admin@boussole\.test, ars-bretagne@boussole\.test, ars-idf@boussole\.test…\), dont le mot de passe est public\. .*BOUSSOLE_MODE=demo/,
      );
      // The same database still starts in demo mode.
      await expect(prepareDatabase(db.url, { mode: 'demo' })).resolves.toEqual({ migrations: [], demoLoaded: false });
    } finally {
      await db.drop();
    }
  });

  describe('the first administrator of a production start', () => {
    let db: { url: string; drop(): Promise<void> };
    let sql: Pool;
    beforeAll(async () => {
      db = await createTestDatabase({ empty: true });
      sql = new Pool({ connectionString: db.url, max: 1 });
    });
    afterAll(async () => {
      await sql.end();
      await db.drop();
    });

    it.each([
      ['a guessable password', { BOUSSOLE_ADMIN_EMAIL: 'admin@sante.example.fr', BOUSSOLE_ADMIN_PASSWORD: 'motdepasse123' }, /^BOUSSOLE_ADMIN_PASSWORD est refusé : Ce mot de passe est trop facile à deviner/],
      ['a short password', { BOUSSOLE_ADMIN_EMAIL: 'admin@sante.example.fr', BOUSSOLE_ADMIN_PASSWORD: 'Court-1' }, /^BOUSSOLE_ADMIN_PASSWORD est refusé : Le mot de passe doit compter au moins 12 caractères/],
      ['the e-mail’s name in it', { BOUSSOLE_ADMIN_EMAIL: 'claire.dupuis@sante.example.fr', BOUSSOLE_ADMIN_PASSWORD: 'Claire.Dupuis-Hibou-42' }, /nom de votre adresse électronique/],
      ['an e-mail without its password', { BOUSSOLE_ADMIN_EMAIL: 'admin@sante.example.fr' }, /^BOUSSOLE_ADMIN_PASSWORD doit être indiqué/],
      ['a password without its e-mail', { BOUSSOLE_ADMIN_PASSWORD: 'Hibou-Cornichon-Velo-42' }, /^BOUSSOLE_ADMIN_EMAIL doit être l’adresse électronique/],
    ])('refuses %s, and creates no one', async (_, env, message) => {
      await expect(prepareDatabase(db.url, { mode: 'production' }, { env })).rejects.toThrow(message);
      expect((await sql.query(`SELECT count(*)::int AS n FROM users`)).rows[0].n).toBe(0);
    });

    it('creates the administrator whose password passes the rules, and nothing else', async () => {
      await prepareDatabase(db.url, { mode: 'production' }, { env: { BOUSSOLE_ADMIN_EMAIL: 'Premiere.Admin@Sante.example.fr', BOUSSOLE_ADMIN_PASSWORD: 'Boussole-Premier-Pas-2027!' } });
      expect((await sql.query(`SELECT email, role, active FROM users`)).rows).toEqual([{ email: 'premiere.admin@sante.example.fr', role: 'admin', active: true }]);
      expect((await sql.query(`SELECT count(*)::int AS n FROM plans`)).rows[0].n).toBe(0);
      // A second start finds the admin there and changes nothing.
      await prepareDatabase(db.url, { mode: 'production' }, { env: {} });
      expect((await sql.query(`SELECT count(*)::int AS n FROM users`)).rows[0].n).toBe(1);
    });
  });
});
