// Small helpers of the bench: processes, ports, HTTP, percentiles.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';

/** The token of /api/metrics for the bench's API processes: the counters say what was computed. */
const METRICS_TOKEN = randomBytes(18).toString('base64url');

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs a command to its end; rejects on a non-zero exit. Returns its standard output. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', options.quiet ? 'pipe' : 'inherit'], ...options });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (!options.quiet) process.stdout.write(d);
    });
    child.stderr?.on('data', (d) => (err += d));
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${command} ${args.join(' ')} exited ${code}\n${err}`))));
  });
}

/** Runs a bench-tool command and returns its JSON answer. */
export async function benchTool(...args) {
  const out = await run(process.execPath, ['dist/apps/api/bench-tool.js', ...args], { quiet: true });
  return JSON.parse(out.trim().split('\n').pop());
}

/** Starts the built API in production mode on a database; resolves once /api/health answers. */
export async function startApi(databaseUrl) {
  const port = await freePort();
  // The flags `npm start` and the Dockerfile give the API (README, "Measuring").
  const child = spawn(process.execPath, ['--max-semi-space-size=8', '--max-old-space-size=192', 'dist/apps/api/main.js'], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, BOUSSOLE_MODE: 'production', WRITE_RATE_LIMIT_SESSION: '1000000', WRITE_RATE_LIMIT_IP: '1000000', METRICS_TOKEN },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (d) => (errors += d));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`API exited: ${errors}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { child, base, port };
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('API did not start');
}

export async function stop(child) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

/** Peak resident memory of a process (VmHWM), in MB. */
export async function peakMemoryMb(pid) {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return Math.round(kb / 1024);
}

/** The sum of a Prometheus counter's series on an API process (e.g. boussole_rollup_computations_total). */
export async function counter(base, name) {
  const response = await fetch(`${base}/api/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  if (!response.ok) return NaN;
  const lines = (await response.text()).split('\n').filter((l) => l.startsWith(name) && !l.startsWith('#'));
  return lines.reduce((sum, l) => sum + Number(l.split(' ').pop()), 0);
}

export async function login(base, email, password) {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`login: ${response.status} ${await response.text()}`);
  return (await response.json()).token;
}

export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1];
}
