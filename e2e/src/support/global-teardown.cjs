const { rmSync } = require('node:fs');

async function stop({ server, dataDir }) {
  const exited = new Promise((done) => server.once('exit', done));
  server.kill('SIGTERM');
  // The fallback timer must not keep Jest waiting once the server has exited.
  let timer;
  await Promise.race([exited, new Promise((done) => (timer = setTimeout(done, 15000)))]);
  clearTimeout(timer);
  if (server.exitCode === null) server.kill('SIGKILL');
  // Let Jest exit: nothing may keep reading the server's output.
  server.stdout.destroy();
  server.stderr.destroy();
  rmSync(dataDir, { recursive: true, force: true });
}

module.exports = async function globalTeardown() {
  await Promise.all((globalThis.__BOUSSOLE_SERVERS__ ?? []).map(stop));
  const mailbox = globalThis.__BOUSSOLE_MAILBOX__;
  if (mailbox) {
    await new Promise((done) => mailbox.server.close(done));
    rmSync(mailbox.dir, { recursive: true, force: true });
  }
};
