// One replica: `node dist/apps/api/main.js` on a port of its own, kept across restarts so that the
// proxy's list of upstreams never changes.
import { spawn } from 'node:child_process';
import { sleep } from './process-tools.mjs';

const OUTPUT_LIMIT = 1_000_000;

export function createReplica({ index, port, mainJs, env, log }) {
  const url = `http://127.0.0.1:${port}`;
  let child = null;
  let output = '';
  let lastExit = { code: null, signal: null };

  const append = (chunk) => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_LIMIT);
  };

  const start = async () => {
    if (child) return;
    // The flag `npm start` and the Dockerfile give the API (README, "Measuring").
    const started = spawn(process.execPath, ['--max-semi-space-size=8', '--max-old-space-size=192', mainJs], {
      env: { ...env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
      // A process group of its own: a Ctrl-C in the terminal reaches the cluster, which stops the
      // replicas first (SIGTERM, they drain) and the database last.
      detached: true,
    });
    child = started;
    started.stdout.on('data', (chunk) => {
      append(chunk);
      log?.(index, chunk);
    });
    started.stderr.on('data', (chunk) => {
      append(chunk);
      log?.(index, chunk);
    });
    const exited = new Promise((resolve) => {
      started.once('exit', (code, signal) => {
        lastExit = { code, signal };
        if (child === started) child = null;
        resolve(lastExit);
      });
    });
    started.exited = exited;
    const deadline = Date.now() + 180_000;
    for (;;) {
      const state = await Promise.race([exited.then(() => 'exited'), readiness(url)]);
      if (state === 'exited') {
        throw new Error(`L’instance ${index} s’est arrêtée au démarrage (${JSON.stringify(lastExit)}) :\n${output.slice(-4000)}`);
      }
      if (state === 'ready') return;
      if (Date.now() > deadline) throw new Error(`L’instance ${index} n’est pas prête après 180 s :\n${output.slice(-4000)}`);
      await sleep(200);
    }
  };

  const kill = async (signal = 'SIGKILL') => {
    const running = child;
    if (!running) return lastExit;
    running.kill(signal);
    return running.exited;
  };

  return {
    index,
    url,
    port,
    pid: () => child?.pid ?? 0,
    kill,
    start,
    output: () => output,
    /** SIGTERM (a graceful drain), then SIGKILL after `graceMs`. */
    stop: async (graceMs = 15_000) => {
      const running = child;
      if (!running) return lastExit;
      running.kill('SIGTERM');
      const timer = setTimeout(() => running.kill('SIGKILL'), graceMs);
      try {
        return await running.exited;
      } finally {
        clearTimeout(timer);
      }
    },
    /** Synchronous, for process.on('exit'). */
    killNow: () => child?.kill('SIGKILL'),
  };
}

/**
 * 'ready' when /api/health/ready answers 200. Until that route exists (404), a 200 from the liveness
 * route /api/health, which checks the database too, stands for it.
 */
async function readiness(url) {
  try {
    const ready = await fetch(`${url}/api/health/ready`, { signal: AbortSignal.timeout(2000) });
    await ready.arrayBuffer();
    if (ready.status === 200) return 'ready';
    if (ready.status !== 404) return 'waiting';
    const live = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) });
    await live.arrayBuffer();
    return live.status === 200 ? 'ready' : 'waiting';
  } catch {
    return 'waiting';
  }
}
