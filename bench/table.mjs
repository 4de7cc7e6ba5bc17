// The table of `npm run bench`: one row per budget of DESIGN §7, its figure at each scale, the
// growth from the first scale to the last, and the verdict against the budget of each scale.
// `node bench/table.mjs` prints it again from bench/results.json.
import { readFileSync } from 'node:fs';
import { INITIAL_JS_BUDGET } from '../tools/initial-js.mjs';

const ms = (v) => `${v} ms`;
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const seconds = (v) => `${(v / 1000).toFixed(1)} s`;
const at1 = (limit) => (scale) => (scale === 1 ? limit : null);
const every = (limit) => () => limit;

/** A read load's p95: a request that failed or timed out (autocannon's 10 s) misses the budget too. */
function read(what, budget, key, limit) {
  const show = (v, s) => `${v} ms${s[key].errors ? `, ${s[key].errors} en erreur` : ''}`;
  // No answer at all within the load's seconds (every request still waiting) shows as such.
  const missing = (s) => (s[key].requests === 0 ? 'aucune réponse' : null);
  return { what, budget, value: (s) => s[key].p95, limit, ok: (s) => s[key].errors === 0, show, missing };
}

/**
 * `value` reads a scale's figure (null when not measured); `limit(scale)` its budget there (null:
 * reported, no budget); `ok` an extra condition; `atMost` false for a floor (≥); `show(value, scale)`
 * its text.
 */
const MEASURES = [
  read('Roll-up p95, 50 clients', '≤ 25 ms (×1), ≤ 50 ms (×2, ×4)', 'rollup', (x) => (x === 1 ? 25 : 50)),
  read('Roll-up asOf p95, 50 clients', '≤ 25 ms (×1), ≤ 50 ms (×2, ×4)', 'rollupAsOf', (x) => (x === 1 ? 25 : 50)),
  read('Roll-up p95 sous 50 écritures/s', '≤ 35 ms', 'mixed', every(35)),
  { what: 'Écritures pendant cette mesure', budget: '≥ 45/s (50 visées)', value: (s) => s.mixed.writes.perSecond, limit: every(45), atMost: false, show: (v) => `${v}/s` },
  { what: 'Roll-up recalculé (p50, 1 client)', budget: '—', value: (s) => s.afresh.p50, limit: () => null, show: ms },
  { what: 'SQL brut du roll-up (p50)', budget: '—', value: (s) => round(s.rollupSql.p50), limit: () => null, show: ms },
  { what: 'Roll-up recalculé ÷ SQL brut', budget: '≤ 1.3×', value: (s) => ratio(s.afresh.p50, s.rollupSql.p50), limit: every(1.3), ok: (s) => s.afresh.computed >= s.afresh.runs, show: (v, s) => `${v}×${s.afresh.computed < s.afresh.runs ? ` (${s.afresh.computed} recalculs sur ${s.afresh.runs})` : ''}` },
  { what: 'Réponse du roll-up (non compressée)', budget: '≤ 30 kB', value: (s) => s.sizes.rollupBytes, limit: every(30000), show: kB },
  { what: 'Explication node=plan, 50 lignes', budget: '—', value: (s) => s.sizes.explainPlanBytes, limit: () => null, show: kB },
  read('Page d’actions filtrée (50) p95', '≤ 20 ms', 'actions', every(20)),
  { what: 'Points d’avancement, 50 rédacteurs', budget: '≥ 600/s, aucun perdu', value: (s) => s.updates.perSecond, limit: every(600), atMost: false, ok: (s) => s.updates.check.ok, show: (v, s) => `${v}/s, ${s.updates.check.missing} perdu(s)` },
  { what: 'Fraîcheur entre deux réplicas p95', budget: '≤ 1 s', value: (s) => s.freshness?.p95 ?? null, limit: every(1000), ok: (s) => s.freshness.stale === 0, show: (v, s) => `${v} ms${s.freshness.stale ? `, ${s.freshness.stale} sans effet` : ''}` },
  { what: 'Mémoire API sous les charges (VmHWM)', budget: '≤ 200 Mo', value: (s) => s.memoryMb, limit: every(200), show: (v) => `${v} Mo` },
  { what: 'Export xlsx', budget: '≤ 3 s (×1)', value: (s) => s.exports?.xlsx.ms ?? null, limit: at1(3000), ok: (s) => s.exports.xlsx.status === 200, show: seconds },
  { what: 'Note CODIR (PDF)', budget: '≤ 3 s (×1)', value: (s) => s.exports?.pdf.ms ?? null, limit: at1(3000), ok: (s) => s.exports.pdf.status === 200, show: seconds },
  { what: 'Import à blanc (structure)', budget: '≤ 5 s (×1)', value: (s) => s.exports?.dryRun.ms ?? null, limit: at1(5000), ok: (s) => s.exports.dryRun.status === 200 && s.exports.dryRun.errors === 0, show: seconds },
  { what: 'Mémoire API pendant les exports', budget: '≤ 300 Mo (×1)', value: (s) => s.exportsMemoryMb, limit: at1(300), show: (v) => `${v} Mo` },
  { what: 'Tableau de bord, premier rendu', budget: '≤ 800 ms', value: (s) => s.render?.median ?? null, limit: every(800), show: ms },
  { what: 'Génération du grand plan', budget: '—', value: (s) => s.generation.wallMs, limit: () => null, show: seconds },
];

/** Rows of the table (also kept in results.json) and the printed text. */
export function table(results, initialJsBudget) {
  const scales = Object.keys(results.scales).map(Number).sort((a, b) => a - b);
  const first = scales[0];
  const last = scales[scales.length - 1];
  const rows = MEASURES.map((m) => {
    const figures = Object.fromEntries(scales.map((x) => [x, value(m, results.scales[x])]));
    const verdicts = scales.map((x) => check(m, x, results.scales[x], figures[x])).filter((v) => v !== null);
    const growth = last !== first && figures[first] && figures[last] !== null ? ratio(figures[last], figures[first]) : null;
    return {
      what: m.what, budget: m.budget,
      figures: Object.fromEntries(scales.map((x) => [x, figures[x] === null ? (missingText(m, results.scales[x]) ?? 'non mesuré') : m.show(figures[x], results.scales[x])])),
      growth: growth === null ? '—' : `×${growth}`,
      verdict: verdicts.length === 0 ? '' : verdicts.every(Boolean) ? 'tenu' : 'MANQUÉ',
    };
  });
  const js = results.web.initialJs?.gzip ?? null;
  const jsFigure = js === null ? 'non mesuré' : kB(js);
  rows.push({ what: 'JavaScript initial (gzip)', budget: `≤ ${initialJsBudget / 1000} kB`, figures: { [first]: jsFigure }, growth: '—', verdict: js !== null && js <= initialJsBudget ? 'tenu' : 'MANQUÉ' });
  // The growth column only when there is a growth to show (more than one scale).
  const growth = last !== first;
  const head = ['Mesure', 'Budget', ...scales.map((x) => `×${x}`), ...(growth ? [`×${first}→×${last}`] : []), 'Verdict'];
  const cells = rows.map((r) => [r.what, r.budget, ...scales.map((x) => r.figures[x] ?? ''), ...(growth ? [r.growth] : []), r.verdict]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => `| ${c.map((text, i) => text.padEnd(widths[i])).join(' | ')} |`;
  const text = [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
  return { rows, text };
}

function missingText(m, s) {
  try {
    return m.missing?.(s) ?? null;
  } catch {
    return null;
  }
}

function value(m, s) {
  try {
    const figure = m.value(s);
    return figure === undefined || Number.isNaN(figure) ? null : figure;
  } catch {
    return null;
  }
}

/** true / false against the scale's budget, null when the scale has none; unmeasured misses it. */
function check(m, scale, s, figure) {
  const limit = m.limit(scale);
  if (limit === null) return null;
  if (figure === null || Number.isNaN(figure)) return false;
  const within = m.atMost === false ? figure >= limit : figure <= limit;
  let extra = true;
  try {
    extra = m.ok ? Boolean(m.ok(s)) : true;
  } catch {
    extra = false;
  }
  return within && extra;
}

const round = (v) => Math.round(v * 10) / 10;
const ratio = (a, b) => Math.round((a / b) * 100) / 100;

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(table(JSON.parse(readFileSync('bench/results.json', 'utf8')), INITIAL_JS_BUDGET).text);
}
