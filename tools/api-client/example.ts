// A script's use of the Boussole API: the plans, then the roll-up of the first one, axis by axis.
// It only reads. Its types are generated from the API's own OpenAPI document (generate.mjs), so a
// field renamed in the API fails `npx tsc -p tools/api-client` before the script ever runs.
//
//   BOUSSOLE_URL=http://localhost:3000 BOUSSOLE_TOKEN=… \
//     node --import @swc-node/register/esm-register tools/api-client/example.ts
import createClient from 'openapi-fetch';
import type { components, paths } from './boussole-api';

type Health = NonNullable<components['schemas']['AxisRollup']['health']>;

/** Every health the API may answer: one it adds and this script ignores fails the type check. */
const HEALTH_FR: Record<Health, string> = {
  on_track: 'En bonne voie',
  at_risk: 'À surveiller',
  late: 'En retard',
  done: 'Terminé',
  not_started: 'Non démarré',
};

/** The API gives progress in points (0–100), null while no action counts: « 42,5 % ». */
const percent = new Intl.NumberFormat('fr-FR', { style: 'unit', unit: 'percent', maximumFractionDigits: 1 });
/** The API's dates are calendar days (`2026-11-24`): formatted in UTC so no time zone moves the day. */
const day = new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' });

async function main(): Promise<void> {
  const { BOUSSOLE_URL, BOUSSOLE_TOKEN } = process.env;
  if (!BOUSSOLE_URL || !BOUSSOLE_TOKEN) throw new Error('Donnez BOUSSOLE_URL (ex. http://localhost:3000) et BOUSSOLE_TOKEN.');
  // The document's paths carry their /api prefix, so the base is the instance's origin.
  const api = createClient<paths>({ baseUrl: BOUSSOLE_URL, headers: { authorization: `Bearer ${BOUSSOLE_TOKEN}` } });

  const plans = await api.GET('/api/plans');
  if (!plans.data) throw new Error(`GET /api/plans : ${plans.response.status} ${plans.error?.message ?? ''}`);
  const [plan] = plans.data;
  if (!plan) {
    console.log('Aucun projet stratégique.');
    return;
  }

  const rollup = await api.GET('/api/plans/{id}/rollup', { params: { path: { id: plan.id } } });
  if (!rollup.data) throw new Error(`GET /api/plans/${plan.id}/rollup : ${rollup.response.status} ${rollup.error?.message ?? ''}`);
  const { asOf, axes } = rollup.data;
  console.log(`${plan.title}, au ${day.format(new Date(asOf))} :`);
  for (const axis of axes) {
    const progress = axis.progress === null ? 'sans avancement' : percent.format(axis.progress);
    const health = axis.health === null ? 'sans météo' : HEALTH_FR[axis.health];
    console.log(`Axe ${axis.number} · ${axis.title} : ${progress} · ${health}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
