import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './report';

/** A built Boussole in demo mode on a fresh embedded database of its own. */
export interface DemoServer {
  base: string;
  output(): string;
  exitCode(): number | null;
  stop(): Promise<void>;
}

export const DEMO_PASSWORD = 'Boussole-Demo-2025';

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

/** As e2e/src/support/own-server.ts, but in demo mode (its accounts and plans) and with extra variables. */
export async function startDemoServer(env: Record<string, string> = {}): Promise<DemoServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'boussole-ops-'));
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn(process.execPath, [join(ROOT, 'dist/apps/api/main.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      PUBLIC_URL: base,
      BOUSSOLE_MODE: 'demo',
      COOKIE_SECURE: 'false',
      SMTP_URL: '',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Keep the end of the output only: a storm makes the logs long.
  let output = '';
  const keep = (d: Buffer): void => {
    output = (output + d.toString()).slice(-200000);
  };
  server.stdout?.on('data', keep);
  server.stderr?.on('data', keep);
  const stop = async (): Promise<void> => {
    if (server.exitCode === null && server.signalCode === null) {
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
  const deadline = Date.now() + 180000;
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
  return { base, output: () => output, exitCode: () => server.exitCode, stop };
}
