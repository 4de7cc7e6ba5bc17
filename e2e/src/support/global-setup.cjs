// Starts the built Boussole (dist/apps/api/main.js, which serves dist/apps/web too) on a free port,
// on a fresh embedded database in a temporary folder, in demo mode; the journeys run against it.
const { spawn } = require('node:child_process');
const { mkdtempSync, chmodSync } = require('node:fs');
const { createServer } = require('node:net');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

module.exports = async function globalSetup() {
  const root = resolve(__dirname, '../../..');
  const dataDir = mkdtempSync(join(tmpdir(), 'boussole-e2e-'));
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const server = spawn(process.execPath, [join(root, 'dist/apps/api/main.js')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, BOUSSOLE_MODE: 'demo', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout.on('data', (d) => (output += d));
  server.stderr.on('data', (d) => (output += d));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`Boussole exited during start:\n${output}`);
    try {
      const response = await fetch(`${base}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`Boussole did not start in time:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  globalThis.__BOUSSOLE_SERVER__ = { server, dataDir };
  process.env.BOUSSOLE_E2E_BASE = base;
};
