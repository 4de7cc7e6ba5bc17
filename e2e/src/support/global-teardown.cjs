const { rmSync } = require('node:fs');

module.exports = async function globalTeardown() {
  const state = globalThis.__BOUSSOLE_SERVER__;
  if (!state) return;
  const exited = new Promise((done) => state.server.once('exit', done));
  state.server.kill('SIGTERM');
  await Promise.race([exited, new Promise((done) => setTimeout(done, 15000))]);
  if (state.server.exitCode === null) state.server.kill('SIGKILL');
  // Let Jest exit: nothing may keep reading the server's output.
  state.server.stdout.destroy();
  state.server.stderr.destroy();
  rmSync(state.dataDir, { recursive: true, force: true });
};
