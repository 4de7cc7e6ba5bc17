import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

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

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * The global setup's production server is the administration journey's, which starts by finding
 * no plan at all: a plan created there by another journey (Jest orders the files as it likes)
 * would break it. So a journey that must create a plan from nothing starts a server of its own,
 * as the global setup does (dist/apps/api/main.js, a fresh embedded database in a temporary folder).
 */
export async function startOwnServer(): Promise<OwnServer> {
  const root = resolve(__dirname, '../../..');
  const dataDir = mkdtempSync(join(tmpdir(), 'boussole-e2e-own-'));
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn(process.execPath, [join(root, 'dist/apps/api/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      PUBLIC_URL: base,
      BOUSSOLE_MODE: 'production',
      BOUSSOLE_ADMIN_EMAIL: ADMIN.email,
      BOUSSOLE_ADMIN_PASSWORD: ADMIN.password,
      // No COOKIE_SECURE: Chromium keeps a Secure, __Host- cookie on http://127.0.0.1 (a trustworthy origin).
      WRITE_RATE_LIMIT_SESSION: '1000000',
      WRITE_RATE_LIMIT_IP: '1000000',
      SMTP_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout?.on('data', (d) => (output += d));
  server.stderr?.on('data', (d) => (output += d));
  const stop = async (): Promise<void> => {
    if (server.exitCode === null) {
      const exited = new Promise((done) => server.once('exit', done));
      server.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exited, new Promise((done) => (timer = setTimeout(done, 15000)))]);
      clearTimeout(timer);
      if (server.exitCode === null) server.kill('SIGKILL');
    }
    server.stdout?.destroy();
    server.stderr?.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 120000;
  for (;;) {
    if (server.exitCode !== null) {
      await stop();
      throw new Error(`Boussole exited during start:\n${output}`);
    }
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`Boussole did not start in time:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { base, admin: ADMIN, stop };
}
