import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

export default async function globalTeardown(globalConfig) {
  const state = globalThis.__BOUSSOLE_PG__;
  if (!state) return;
  await state.pg.stop();
  const coverage = await contractCoverage(join(state.dir, 'contract'));
  await rm(state.dir, { recursive: true, force: true });
  reportCoverage(coverage, wholeSuite(globalConfig));
}

/** What the spec files recorded: the answers checked, and the operations documented and answered. */
async function contractCoverage(dir) {
  const covered = new Set();
  const documented = new Set();
  let answers = 0;
  let specs = 0;
  for (const file of await readdir(dir).catch(() => [])) {
    const record = JSON.parse(await readFile(join(dir, file), 'utf8'));
    specs++;
    answers += record.answers;
    record.covered.forEach((name) => covered.add(name));
    record.documented.forEach((name) => documented.add(name));
  }
  return { answers, specs, documented, missing: [...documented].filter((name) => !covered.has(name)).sort() };
}

/**
 * Only a run of the whole suite can say that an operation has no checked answer: a developer
 * running one spec (a path, a test name, only the changed files, a shard) is not told so.
 * BOUSSOLE_CONTRACT_COVERAGE=1 asks for the check anyway, =0 skips it.
 */
function wholeSuite(config) {
  const forced = process.env.BOUSSOLE_CONTRACT_COVERAGE;
  if (forced === '1' || forced === '0') return forced === '1';
  const patterns = config?.testPathPatterns?.patterns ?? config?.testPathPattern ?? [];
  const filtered =
    (Array.isArray(patterns) ? patterns.length > 0 : Boolean(patterns)) ||
    Boolean(config?.testNamePattern) ||
    Boolean(config?.onlyChanged || config?.changedSince || config?.lastCommit || config?.onlyFailures || config?.findRelatedTests) ||
    (config?.nonFlagArgs ?? []).length > 0 ||
    (config?.shard?.shardCount ?? 1) > 1;
  return !filtered;
}

function reportCoverage({ answers, specs, documented, missing }, whole) {
  if (documented.size === 0) return;
  const covered = documented.size - missing.length;
  console.log(`\nContrat OpenAPI : ${answers} réponses vérifiées dans ${specs} fichiers de specs ; ${covered}/${documented.size} opérations ont au moins une réponse vérifiée.`);
  if (!whole || missing.length === 0) return;
  // Thrown from the global teardown, it makes Jest exit non-zero with the list.
  throw new Error(`Opérations du contrat sans aucune réponse vérifiée par les tests :\n${missing.map((name) => `- ${name}`).join('\n')}`);
}
