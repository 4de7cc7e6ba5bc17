import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The built Boussole (dist/apps/api/main.js) on a fresh embedded database in a temporary folder. */
export interface BuiltServer {
  base: string;
  output(): string;
  exitCode(): number | null;
  stop(): Promise<void>;
}

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
 * Starts it on a free port with `env` over the defaults (embedded database, no SMTP, links to
 * itself) and resolves once /api/health answers. Only the output's end is kept: a storm makes
 * the logs long.
 */
export async function startBuiltServer(
  env: Record<string, string>,
  { dataPrefix, startTimeoutMs, port: fixedPort }: { dataPrefix: string; startTimeoutMs: number; port?: number },
): Promise<BuiltServer> {
  const root = resolve(__dirname, '../../..');
  const dataDir = mkdtempSync(join(tmpdir(), dataPrefix));
  chmodSync(dataDir, 0o755);
  // A port known in advance where another party must know the address first (an OpenID provider's redirect URI).
  const port = fixedPort ?? (await freePort());
  const base = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn(process.execPath, [join(root, 'dist/apps/api/main.js')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: '', PUBLIC_URL: base, SMTP_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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
  const deadline = Date.now() + startTimeoutMs;
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
