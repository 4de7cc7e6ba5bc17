// `npm run cluster`: the database, REPLICAS replicas (default 3) and the proxy on PORT (default 3000),
// data in DATA_DIR (default .data/cluster). Ctrl-C stops everything.
import { startCluster } from './cluster.mjs';

const replicas = Number(process.env.REPLICAS ?? 3);
const port = Number(process.env.PORT ?? 3000);
const dataDir = process.env.DATA_DIR || '.data/cluster';
const mode = process.env.BOUSSOLE_MODE || 'demo';
const quiet = process.env.CLUSTER_QUIET === 'true';

if (!Number.isInteger(replicas) || replicas < 1 || replicas > 16) {
  console.error(`REPLICAS doit être un nombre entier entre 1 et 16 : « ${process.env.REPLICAS} ».`);
  process.exit(1);
}
// The replicas get their own PORT and DATA_DIR from the cluster; the rest of the environment
// (BOUSSOLE_ADMIN_*, METRICS_TOKEN, LOG_LEVEL…) goes through.
const env = { ...process.env };
delete env.PORT;
delete env.DATA_DIR;
delete env.REPLICAS;

console.log(`Démarrage : PostgreSQL, ${replicas} instance(s), mandataire sur le port ${port} (données dans ${dataDir})…`);
let cluster;
try {
  cluster = await startCluster({ replicas, port, mode, env, dataDir, log: quiet ? undefined : (line) => console.log(line) });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
console.log(`\nBoussole (mode ${mode}) : ${cluster.url}`);
for (const replica of cluster.replicas) console.log(`  instance ${replica.index} : ${replica.url} (pid ${replica.pid()})`);
console.log(`  PostgreSQL : pid ${cluster.database.pid()}, données dans ${cluster.dataDir}`);
console.log('Ctrl-C arrête tout.');

let stopping = false;
const stop = async (signal) => {
  if (stopping) return;
  stopping = true;
  console.log(`\nArrêt (${signal})…`);
  await cluster.stop();
  console.log('Arrêté.');
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
