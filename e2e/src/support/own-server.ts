import { startBuiltServer } from './built-server';

/** A built Boussole in production mode on an empty database of its own, with its first administrator. */
export interface OwnServer {
  base: string;
  admin: { email: string; password: string };
  stop(): Promise<void>;
}

const ADMIN = {
  email: 'camille.tableur@sante.gouv.fr',
  password: 'Ardoise-Citron-Vapeur-2027!',
};

/**
 * The global setup's production server is the administration journey's, which starts by finding
 * no plan at all: a plan created there by another journey (Jest orders the files as it likes)
 * would break it. So a journey that must create a plan from nothing starts a server of its own,
 * as the global setup does (dist/apps/api/main.js, a fresh embedded database in a temporary folder).
 */
export async function startOwnServer(): Promise<OwnServer> {
  const server = await startBuiltServer(
    {
      BOUSSOLE_MODE: 'production',
      BOUSSOLE_ADMIN_EMAIL: ADMIN.email,
      BOUSSOLE_ADMIN_PASSWORD: ADMIN.password,
      // No COOKIE_SECURE: Chromium keeps a Secure, __Host- cookie on http://127.0.0.1 (a trustworthy origin).
      WRITE_RATE_LIMIT_SESSION: '1000000',
      WRITE_RATE_LIMIT_IP: '1000000',
    },
    { dataPrefix: 'boussole-e2e-own-', startTimeoutMs: 120000 },
  );
  return { base: server.base, admin: ADMIN, stop: server.stop };
}
