/**
 * The environment of DESIGN §5, read and validated once at boot into a typed config, so that a
 * wrong value stops the start with a clear message instead of failing later.
 */
export type BoussoleMode = 'demo' | 'production';

export interface AppConfig {
  port: number;
  databaseUrl: string | null;
  /** The schema owner's URL (`DATABASE_OWNER_URL`): migrations and the app role's grants run with it. */
  databaseOwnerUrl: string | null;
  dataDir: string;
  mode: BoussoleMode;
  /** Cookies are `Secure` in production (served behind TLS), always; in demo as `COOKIE_SECURE` says. */
  secureCookies: boolean;
  /** Express's `trust proxy`: whose `X-Forwarded-For` names the client's IP (`TRUST_PROXY`). */
  trustProxy: string | number;
  /** Writes (non-GET) per minute per session and per IP; 0: no limit. */
  writeRateLimitSession: number;
  writeRateLimitIp: number;
  /** A session unused this long ends (sliding). */
  sessionTtlHours: number;
  /** A session ends this long after it opened, however much it is used (a bearer token too). */
  sessionMaxDays: number;
  /** The address people reach Boussole at, for the links in e-mails; else the request's origin. */
  publicUrl: string | null;
  /** The SMTP server e-mails go through; without it they stay in the outbox for the admins. */
  smtpUrl: string | null;
  mailFrom: string;
  /** How often each replica runs the scheduled work (reminders, the outbox's retries); 0: never. */
  schedulerIntervalMs: number;
  /** The hour (Europe/Paris) from which the day's reminders leave, so that none arrives at midnight. */
  remindersHour: number;
  version: string;
  /** The bearer that opens `GET /api/metrics`; without it the metrics route answers 404. */
  metricsToken: string | null;
  /** The pino level of the JSON logs (`LOG_LEVEL`). */
  logLevel: LogLevel;
  /** ProConnect (OpenID Connect) sign-in, when its four variables are set; else null (no button). */
  proconnect: ProConnectConfig | null;
}

export interface ProConnectConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Boussole's `…/api/auth/proconnect/callback`, as registered at ProConnect. */
  redirectUri: string;
  /** Where the provider sends the browser back after a sign-out (default: the app's root). */
  postLogoutRedirectUri: string;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export class ConfigError extends Error {}

const DEFAULT_MAIL_FROM = 'Boussole <no-reply@boussole.local>';

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = env['PORT'] === undefined || env['PORT'] === '' ? 3000 : Number(env['PORT']);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT doit être un numéro de port (0 à 65535) : « ${env['PORT']} ».`);
  }
  const databaseUrl = env['DATABASE_URL'] || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL doit être une URL PostgreSQL (postgres://…).');
  }
  const databaseOwnerUrl = env['DATABASE_OWNER_URL'] || null;
  if (databaseOwnerUrl && (!/^postgres(ql)?:\/\//.test(databaseOwnerUrl) || !databaseUrl)) {
    throw new ConfigError('DATABASE_OWNER_URL doit être une URL PostgreSQL (postgres://…), celle du propriétaire du schéma, donnée avec DATABASE_URL (le rôle de l’application).');
  }
  const mode = loadMode(env['BOUSSOLE_MODE'], databaseUrl);
  const ttl = env['SESSION_TTL_HOURS'] ? Number(env['SESSION_TTL_HOURS']) : 12;
  if (!Number.isFinite(ttl) || ttl <= 0) {
    throw new ConfigError('SESSION_TTL_HOURS doit être un nombre d’heures positif.');
  }
  const maxDays = env['SESSION_MAX_DAYS'] ? Number(env['SESSION_MAX_DAYS']) : 7;
  if (!Number.isFinite(maxDays) || maxDays <= 0 || maxDays > 366) {
    throw new ConfigError(
      `SESSION_MAX_DAYS doit être un nombre de jours entre 0 et 366 (durée de vie maximale d’une session) : « ${env['SESSION_MAX_DAYS']} ».`,
    );
  }
  const publicUrl = loadPublicUrl(env['PUBLIC_URL']);
  const smtpUrl = env['SMTP_URL'] || null;
  if (smtpUrl && !/^smtps?:\/\/[^/\s]+/.test(smtpUrl)) {
    throw new ConfigError(`SMTP_URL doit être une URL smtp:// ou smtps:// (ex. smtp://utilisateur:secret@smtp.exemple.fr:587) : « ${smtpUrl} ».`);
  }
  if (smtpUrl && mode === 'production' && !publicUrl) {
    // Else a reset link would be built from the request's Host header, which anyone can forge.
    throw new ConfigError(
      'Avec SMTP_URL en production, indiquez PUBLIC_URL (l’adresse de Boussole, ex. https://boussole.sante.gouv.fr) : les liens envoyés par courriel en dépendent.',
    );
  }
  const mailFrom = env['MAIL_FROM'] || DEFAULT_MAIL_FROM;
  if (!/^(?:[^<>]*<[^<>@\s]+@[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+)$/.test(mailFrom.trim())) {
    throw new ConfigError(`MAIL_FROM doit être une adresse électronique, éventuellement avec un nom (ex. Boussole <no-reply@sante.gouv.fr>) : « ${mailFrom} ».`);
  }
  const interval = env['SCHEDULER_INTERVAL_SECONDS'] ? Number(env['SCHEDULER_INTERVAL_SECONDS']) : 60;
  if (!Number.isInteger(interval) || interval < 0 || interval > 3600) {
    throw new ConfigError(
      `SCHEDULER_INTERVAL_SECONDS doit être un nombre entier de secondes entre 0 (travaux planifiés arrêtés) et 3600 : « ${env['SCHEDULER_INTERVAL_SECONDS']} ».`,
    );
  }
  const remindersHour = env['REMINDERS_HOUR'] ? Number(env['REMINDERS_HOUR']) : 8;
  if (!Number.isInteger(remindersHour) || remindersHour < 0 || remindersHour > 23) {
    throw new ConfigError(`REMINDERS_HOUR doit être une heure entière entre 0 et 23 (heure de Paris) : « ${env['REMINDERS_HOUR']} ».`);
  }
  const metricsToken = env['METRICS_TOKEN'] || null;
  if (metricsToken !== null && !/^[\x21-\x7e]{16,}$/.test(metricsToken)) {
    throw new ConfigError('METRICS_TOKEN doit compter au moins 16 caractères visibles, sans espace (ex. le résultat de « openssl rand -hex 32 »).');
  }
  const logLevel = (env['LOG_LEVEL'] || 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL doit valoir ${LOG_LEVELS.join(', ')} : « ${env['LOG_LEVEL']} ».`);
  }
  return {
    port,
    databaseUrl,
    databaseOwnerUrl,
    dataDir: env['DATA_DIR'] || '.data',
    mode,
    secureCookies: loadCookieSecure(env['COOKIE_SECURE'], mode),
    trustProxy: loadTrustProxy(env['TRUST_PROXY']),
    writeRateLimitSession: loadWriteLimit(env, 'WRITE_RATE_LIMIT_SESSION', 300),
    writeRateLimitIp: loadWriteLimit(env, 'WRITE_RATE_LIMIT_IP', 1200),
    sessionTtlHours: ttl,
    sessionMaxDays: maxDays,
    publicUrl,
    smtpUrl,
    mailFrom,
    schedulerIntervalMs: interval * 1000,
    remindersHour,
    version: env['BOUSSOLE_VERSION'] || '0.1.0',
    metricsToken,
    logLevel,
    proconnect: loadProConnect(env),
  };
}

/**
 * Demo is the default only on the embedded database: on a named server, a forgotten mode must not
 * load demo accounts with a known password into what may be a real database.
 */
function loadMode(value: string | undefined, databaseUrl: string | null): BoussoleMode {
  if (!value) {
    if (databaseUrl) {
      throw new ConfigError(
        'DATABASE_URL est défini : indiquez aussi le mode de démarrage, BOUSSOLE_MODE=production pour une vraie base ' +
          '(ou BOUSSOLE_MODE=demo pour une base de démonstration, avec ses comptes au mot de passe connu).',
      );
    }
    return 'demo';
  }
  if (value !== 'demo' && value !== 'production') {
    throw new ConfigError(`BOUSSOLE_MODE doit valoir « demo » ou « production » : « ${value} ».`);
  }
  return value;
}

/** Exactly `true` or `false`: a typo must not silently send the session cookie over plain HTTP. */
function loadCookieSecure(value: string | undefined, mode: BoussoleMode): boolean {
  if (value === undefined || value === '') return mode === 'production';
  if (value !== 'true' && value !== 'false') {
    throw new ConfigError(`COOKIE_SECURE doit valoir exactement « true » ou « false » : « ${value} ».`);
  }
  if (value === 'false' && mode === 'production') {
    // The production cookie is `__Host-` prefixed, which browsers accept only when Secure.
    throw new ConfigError(
      'COOKIE_SECURE=false est refusé en production : le cookie de session y est toujours Secure (servez Boussole en HTTPS, ou par http://localhost pour un essai).',
    );
  }
  return value === 'true';
}

/**
 * Whose `X-Forwarded-For` to believe: the loopback by default (a proxy on the same machine); behind
 * nginx in a container network, its addresses (e.g. `uniquelocal` or `172.18.0.0/16`) or a hop count.
 * `true` (believe anyone) is refused: any client could then choose its IP and escape the limits.
 */
function loadTrustProxy(value: string | undefined): string | number {
  if (value === undefined || value === '') return 'loopback';
  if (/^\d{1,2}$/.test(value)) return Number(value);
  const parts = value.split(',').map((part) => part.trim());
  const valid = parts.every((part) => /^(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)$/.test(part));
  if (!valid || value === 'true') {
    throw new ConfigError(
      `TRUST_PROXY doit être un nombre de relais (ex. 1) ou une liste d’adresses ou de plages séparées par des virgules (loopback, uniquelocal, 10.0.0.0/8…) : « ${value} ».`,
    );
  }
  return parts.join(',');
}

function loadWriteLimit(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const limit = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(limit)) {
    throw new ConfigError(`${name} doit être un nombre entier d’écritures par minute (0 : pas de limite) : « ${value} ».`);
  }
  return limit;
}

function loadPublicUrl(value: string | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    url = new URL('invalid:');
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash) {
    throw new ConfigError(`PUBLIC_URL doit être l’adresse http(s) de Boussole, sans paramètres (ex. https://boussole.sante.gouv.fr) : « ${value} ».`);
  }
  return url.href.replace(/\/+$/, '');
}

const PROCONNECT_VARIABLES = ['PROCONNECT_ISSUER', 'PROCONNECT_CLIENT_ID', 'PROCONNECT_CLIENT_SECRET', 'PROCONNECT_REDIRECT_URI'] as const;

/** All four variables or none: half a configuration would show a button that cannot work. */
function loadProConnect(env: NodeJS.ProcessEnv): ProConnectConfig | null {
  const missing = PROCONNECT_VARIABLES.filter((name) => !env[name]);
  if (missing.length === PROCONNECT_VARIABLES.length) {
    if (env['PROCONNECT_POST_LOGOUT_REDIRECT_URI']) {
      throw new ConfigError('PROCONNECT_POST_LOGOUT_REDIRECT_URI est défini sans ProConnect : indiquez aussi ' + PROCONNECT_VARIABLES.join(', ') + '.');
    }
    return null;
  }
  if (missing.length > 0) {
    throw new ConfigError(
      `ProConnect est configuré à moitié : il manque ${missing.join(', ')} (donnez les quatre variables ${PROCONNECT_VARIABLES.join(', ')}, ou aucune pour se passer de ProConnect).`,
    );
  }
  const issuer = httpUrl(env, 'PROCONNECT_ISSUER', 'https://auth.agentconnect.gouv.fr/api/v2');
  const redirectUri = httpUrl(env, 'PROCONNECT_REDIRECT_URI', 'https://boussole.sante.gouv.fr/api/auth/proconnect/callback');
  const postLogout = env['PROCONNECT_POST_LOGOUT_REDIRECT_URI']
    ? httpUrl(env, 'PROCONNECT_POST_LOGOUT_REDIRECT_URI', 'https://boussole.sante.gouv.fr/')
    : appRootOf(redirectUri);
  return {
    issuer: issuer.href,
    clientId: env['PROCONNECT_CLIENT_ID'] as string,
    clientSecret: env['PROCONNECT_CLIENT_SECRET'] as string,
    redirectUri: redirectUri.href,
    postLogoutRedirectUri: postLogout instanceof URL ? postLogout.href : postLogout,
  };
}

function httpUrl(env: NodeJS.ProcessEnv, name: string, example: string): URL {
  const value = env[name] as string;
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.hash) {
    throw new ConfigError(`${name} doit être une adresse http(s) (ex. ${example}) : « ${value} ».`);
  }
  return url;
}

/** The app's root from the callback's address: the part before `/api/`, or the origin. */
function appRootOf(redirectUri: URL): string {
  const at = redirectUri.pathname.indexOf('/api/');
  return `${redirectUri.origin}${at >= 0 ? redirectUri.pathname.slice(0, at) : ''}/`;
}

/** Injection token of the AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');
