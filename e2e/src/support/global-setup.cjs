// Starts the built Boussole (dist/apps/api/main.js, which serves dist/apps/web too) three times, each
// on a free port and a fresh embedded database in a temporary folder: once in demo mode (the journeys
// on the demo plan), twice in production mode on an empty database with only its first administrator
// (the journeys that put a plan and its team into Boussole from nothing, and the reporting cycle's
// journey, whose e-mails go to a real SMTP server that keeps them in a folder the journeys read).
const { spawn } = require('node:child_process');
const { mkdtempSync, chmodSync, writeFileSync } = require('node:fs');
const { SMTPServer } = require('smtp-server');
const { createServer } = require('node:net');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');

/** The first administrator of the production server (its password passes the password rules). */
const PRODUCTION_ADMIN = { email: 'premiere.admin@sante.gouv.fr', password: 'Boussole-Premier-Pas-2027!' };

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

async function startServer(root, env) {
  const dataDir = mkdtempSync(join(tmpdir(), 'boussole-e2e-'));
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const server = spawn(process.execPath, [join(root, 'dist/apps/api/main.js')], {
    cwd: root,
    // Links in e-mails and invitations point at the server itself.
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: '', PUBLIC_URL: `http://127.0.0.1:${port}`, ...env },
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
  return { server, dataDir, base };
}

/** A real SMTP server on a free port; each message lands as `<n>.json` ({to, raw}) in a folder. */
async function startMailbox() {
  const dir = mkdtempSync(join(tmpdir(), 'boussole-e2e-mail-'));
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((r) => r.address);
        writeFileSync(join(dir, `${String(++count).padStart(4, '0')}.json`), JSON.stringify({ to, raw: Buffer.concat(chunks).toString('latin1') }));
        callback();
      });
    },
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, dir, url: `smtp://127.0.0.1:${server.server.address().port}` };
}

module.exports = async function globalSetup() {
  const root = resolve(__dirname, '../../..');
  const { chromiumPath } = await import(join(root, 'tools/chromium-path.mjs'));
  process.env.CHROMIUM_PATH = await chromiumPath();
  const mailbox = await startMailbox();
  const productionEnv = {
    BOUSSOLE_MODE: 'production',
    BOUSSOLE_ADMIN_EMAIL: PRODUCTION_ADMIN.email,
    BOUSSOLE_ADMIN_PASSWORD: PRODUCTION_ADMIN.password,
    // Plain HTTP to 127.0.0.1 is a trustworthy origin: Chromium keeps the Secure, __Host- cookie there.
  };
  // High write limits, not 0: the limiter still runs, so its cost stays in what the journeys measure.
  const limits = { WRITE_RATE_LIMIT_SESSION: '1000000', WRITE_RATE_LIMIT_IP: '1000000' };
  const [demo, production, cycle] = await Promise.all([
    startServer(root, { ...limits, BOUSSOLE_MODE: 'demo' }),
    startServer(root, { ...limits, ...productionEnv, SMTP_URL: '' }),
    startServer(root, { ...limits, ...productionEnv, SMTP_URL: mailbox.url }),
  ]);
  globalThis.__BOUSSOLE_SERVERS__ = [demo, production, cycle];
  globalThis.__BOUSSOLE_MAILBOX__ = mailbox;
  process.env.BOUSSOLE_E2E_CYCLE_BASE = cycle.base;
  process.env.BOUSSOLE_E2E_MAILDIR = mailbox.dir;
  process.env.BOUSSOLE_E2E_BASE = demo.base;
  process.env.BOUSSOLE_E2E_PRODUCTION_BASE = production.base;
  process.env.BOUSSOLE_E2E_PRODUCTION_ADMIN = JSON.stringify(PRODUCTION_ADMIN);
};
