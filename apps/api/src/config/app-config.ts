/**
 * The environment of DESIGN §5, read and validated once at boot into a typed config, so that a
 * wrong value stops the start with a clear message instead of failing later.
 */
export type BoussoleMode = 'demo' | 'production';

export interface AppConfig {
  port: number;
  databaseUrl: string | null;
  dataDir: string;
  mode: BoussoleMode;
  /** Cookies are `Secure` in production (served behind TLS). */
  secureCookies: boolean;
  sessionTtlHours: number;
  version: string;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = env['PORT'] === undefined || env['PORT'] === '' ? 3000 : Number(env['PORT']);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT doit être un numéro de port (0 à 65535) : « ${env['PORT']} ».`);
  }
  const mode = (env['BOUSSOLE_MODE'] || 'demo') as BoussoleMode;
  if (mode !== 'demo' && mode !== 'production') {
    throw new ConfigError(`BOUSSOLE_MODE doit valoir « demo » ou « production » : « ${mode} ».`);
  }
  const databaseUrl = env['DATABASE_URL'] || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL doit être une URL PostgreSQL (postgres://…).');
  }
  const ttl = env['SESSION_TTL_HOURS'] ? Number(env['SESSION_TTL_HOURS']) : 12;
  if (!Number.isFinite(ttl) || ttl <= 0) {
    throw new ConfigError('SESSION_TTL_HOURS doit être un nombre d’heures positif.');
  }
  return {
    port,
    databaseUrl,
    dataDir: env['DATA_DIR'] || '.data',
    mode,
    secureCookies: env['COOKIE_SECURE'] ? env['COOKIE_SECURE'] === 'true' : mode === 'production',
    sessionTtlHours: ttl,
    version: env['BOUSSOLE_VERSION'] || '0.1.0',
  };
}

/** Injection token of the AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');
