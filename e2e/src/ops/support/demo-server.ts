import { startBuiltServer, type BuiltServer } from '../../support/built-server';

/** A built Boussole in demo mode on a fresh embedded database of its own. */
export type DemoServer = BuiltServer;

export const DEMO_PASSWORD = 'Boussole-Demo-2025';

/** As e2e/src/support/own-server.ts, but in demo mode (its accounts and plans) and with extra variables. */
export function startDemoServer(env: Record<string, string> = {}): Promise<DemoServer> {
  return startBuiltServer(
    { BOUSSOLE_MODE: 'demo', COOKIE_SECURE: 'false', LOG_LEVEL: 'warn', ...env },
    { dataPrefix: 'boussole-ops-', startTimeoutMs: 180000 },
  );
}
