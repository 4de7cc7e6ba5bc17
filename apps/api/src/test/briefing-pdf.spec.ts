import { formatPercentFr, HEALTH_LABELS, healthWhy, type CycleSnapshot, type PlanRollup } from '@boussole/domain';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createTestApp, TestApp } from './support/test-app';

interface ReadPdf {
  pages: { width: number; height: number; text: string }[];
  info: { Title?: string; Author?: string; Subject?: string; Language?: string };
  markInfo: { Marked?: boolean } | null;
  structTree: boolean;
  roles: string[];
  alts: string[];
}

/** Spaces of every kind as one: the PDF prints U+202F as U+00A0, and lines wrap. */
const flat = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');

/** The CODIR briefing in PDF (issue 11, point 3): a tagged A4 file with the dashboard's figures. */
describe('the CODIR briefing in PDF', () => {
  let t: TestApp;
  let token: string;
  let planId: number;
  let folder: string;

  beforeAll(async () => {
    t = await createTestApp();
    token = await t.login('lecture@boussole.test');
    [{ id: planId }] = (await t.sql.query(`SELECT id FROM plans WHERE state = 'active'`)).rows;
    folder = await mkdtemp(join(tmpdir(), 'bsl-briefing-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
    await t.close();
  });

  async function download(query = ''): Promise<{ response: Response; bytes: Buffer; pdf: ReadPdf; text: string }> {
    const response = await fetch(`${t.base}/exports/plans/${planId}/briefing.pdf${query}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    const file = join(folder, `briefing-${Date.now()}.pdf`);
    await writeFile(file, bytes);
    const { stdout } = await promisify(execFile)(process.execPath, [join(__dirname, '../../test/read-pdf.mjs'), file], { maxBuffer: 64 * 1024 * 1024 });
    const pdf: ReadPdf = JSON.parse(stdout);
    return { response, bytes, pdf, text: flat(pdf.pages.map((p) => p.text).join('\n')) };
  }

  it('is a tagged A4 PDF in French, with the dashboard’s figures of today', async () => {
    const rollup: PlanRollup = (await t.request(`/plans/${planId}/rollup`, { token })).body;
    const { response, bytes, pdf, text } = await download();

    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="note-codir-[a-z0-9-]+\.pdf"/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.pages.length).toBeGreaterThanOrEqual(3 + rollup.axes.length);
    for (const page of pdf.pages) {
      expect(page.width).toBeCloseTo(595.28, 1);
      expect(page.height).toBeCloseTo(841.89, 1);
    }

    expect(pdf.info.Title).toContain(rollup.plan.title);
    expect(pdf.info.Language).toBe('fr-FR');
    expect(pdf.markInfo?.Marked).toBe(true);
    expect(pdf.structTree).toBe(true);
    expect(pdf.roles).toEqual(expect.arrayContaining(['H1', 'H2', 'P', 'L', 'LI', 'Table', 'TR', 'TH', 'TD', 'Figure']));
    // Each bar has its figures as its alternative text.
    for (const axis of rollup.axes) {
      expect(pdf.alts.map(flat)).toContain(flat(`Barre d’avancement de l’axe ${axis.number} : ${formatPercentFr(axis.progress ?? 0)} (attendu ${formatPercentFr(axis.expectedProgress ?? 0)})`));
    }
    // The catalog itself says so, as screen readers read it.
    const raw = bytes.toString('latin1');
    const catalog = /\/Type \/Catalog([^]*?)>>/.exec(raw)?.[1] ?? '';
    expect(catalog).toContain('/Lang (fr-FR)');
    expect(catalog).toContain('/StructTreeRoot');
    const markInfo = /\/MarkInfo (\d+) 0 R/.exec(catalog)?.[1];
    expect(raw).toMatch(new RegExp(`\\n${markInfo} 0 obj\\s*<<\\s*/Marked true`));

    expect(text).toContain(flat(rollup.plan.title));
    expect(text).toContain(flat(`Avancement du plan ${formatPercentFr(rollup.plan.progress ?? 0)}`));
    // The plan's health with the rule that decided it, as "Comment est-ce calculé ?" says it.
    const why = healthWhy(rollup.plan) ?? '';
    expect(why).not.toBe('');
    expect(text).toContain(flat(`Météo du plan : ${HEALTH_LABELS[rollup.plan.health ?? 'on_track']}. ${why.charAt(0).toUpperCase()}${why.slice(1)}`));
    for (const axis of rollup.axes) {
      expect(text).toContain(flat(`Axe ${axis.number} — ${axis.title}`));
      expect(text).toContain(flat(`Avancement de l’axe ${axis.number} : ${formatPercentFr(axis.progress ?? 0)}`));
      for (const objective of axis.objectives) expect(text).toContain(flat(`${objective.code} ${objective.title}`));
    }
    expect(text).toContain('Déploiement régional');
    expect(text).toContain('Île-de-France (11)');
    if (rollup.cycle) expect(text).toContain(flat(rollup.cycle.label));
  });

  it('prints a validated cycle’s frozen figures with its label, and who validated each axis', async () => {
    const [cycle] = (
      await t.sql.query(`SELECT id, label FROM reporting_cycles WHERE plan_id = $1 AND state = 'closed' ORDER BY opens_on DESC LIMIT 1`, [planId])
    ).rows;
    const snapshot: CycleSnapshot = (await t.request(`/cycles/${cycle.id}/snapshot`, { token })).body;
    const today: PlanRollup = (await t.request(`/plans/${planId}/rollup`, { token })).body;
    expect(snapshot.axes.length).toBe(today.axes.length);
    // Otherwise the test could not tell frozen figures from today's.
    expect(snapshot.axes.some((a) => a.rollup.progress !== today.axes.find((x) => x.id === a.axisId)?.progress)).toBe(true);

    const { text, pdf, response } = await download(`?cycle=${cycle.id}`);
    expect(pdf.info.Title).toContain(cycle.label);
    expect(response.headers.get('content-disposition')).toContain('.pdf');
    expect(text).toContain(flat(`Campagne de suivi ${cycle.label}`));
    for (const axis of snapshot.axes) {
      expect(text).toContain(flat(`Avancement de l’axe ${axis.number} : ${formatPercentFr(axis.rollup.progress ?? 0)}`));
    }
    if (snapshot.plan) expect(text).toContain(flat(`Avancement du plan ${formatPercentFr(snapshot.plan.rollup.progress ?? 0)}`));
    const validations = (await t.sql.query(`SELECT count(*)::int AS n FROM axis_validations WHERE cycle_id = $1 AND reopened_at IS NULL`, [cycle.id])).rows[0].n;
    expect((text.match(/validé le \d\d\/\d\d\/\d{4} à \d\d:\d\d par /g) ?? []).length).toBeGreaterThanOrEqual(validations);
  });

  it('prints the figures of a past day with ?asOf=, as the roll-up gives them that day', async () => {
    const [cycle] = (await t.sql.query(`SELECT closes_on FROM reporting_cycles WHERE plan_id = $1 AND state = 'closed' ORDER BY opens_on DESC LIMIT 1`, [planId])).rows;
    const day = new Date(new Date(cycle.closes_on).getTime() - 20 * 86400000).toISOString().slice(0, 10);
    const rollup: PlanRollup = (await t.request(`/plans/${planId}/rollup?asOf=${day}`, { token })).body;
    const { text } = await download(`?asOf=${day}`);
    expect(text).toContain(flat(`Situation au ${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`));
    for (const axis of rollup.axes) {
      expect(text).toContain(flat(`Avancement de l’axe ${axis.number} : ${formatPercentFr(axis.progress ?? 0)}`));
    }
  });

  it('lists a "besoin d’appui DGOS" comment on its axis’s page', async () => {
    const [action] = (await t.sql.query(`SELECT a.id, a.code FROM actions a WHERE a.plan_id = $1 ORDER BY a.id LIMIT 1`, [planId])).rows;
    const admin = await t.login('admin@boussole.test');
    const posted = await t.request(`/actions/${action.id}/comments`, { method: 'POST', token: admin, json: { kind: 'support_request', text: 'Arbitrage DGOS attendu sur le financement' } });
    expect(posted.status).toBe(201);
    const { text } = await download();
    expect(text).toContain('Arbitrage DGOS attendu sur le financement');
  });

  it.each([
    ['?cycle=abc', 'La campagne « cycle » doit être un identifiant de campagne (entier positif).'],
    ['?asOf=2026-02-30', 'La date « asOf » doit être une date réelle au format AAAA-MM-JJ.'],
    ['?cycle=1&asOf=2026-01-01', 'Choisissez soit une campagne (« cycle »), soit une date (« asOf »), pas les deux.'],
  ])('refuses %s with a French 400', async (query, message) => {
    const response = await t.request(`/exports/plans/${planId}/briefing.pdf${query}`, { token });
    expect(response.status).toBe(400);
    expect(response.body.message).toBe(message);
  });

  it('refuses a cycle of another plan (400), an unknown cycle or plan (404), and anonymous users (401)', async () => {
    const [other] = (await t.sql.query(`SELECT id FROM plans WHERE id <> $1 ORDER BY id LIMIT 1`, [planId])).rows;
    const [{ id: foreign }] = (
      await t.sql.query(`INSERT INTO reporting_cycles (plan_id, label, opens_on, closes_on, state) VALUES ($1, 'T9 2099', '2016-01-01', '2016-03-31', 'closed') RETURNING id`, [other.id])
    ).rows;
    const wrong = await t.request(`/exports/plans/${planId}/briefing.pdf?cycle=${foreign}`, { token });
    expect(wrong.status).toBe(400);
    expect(wrong.body.message).toBe('La campagne T9 2099 n’appartient pas à ce projet stratégique.');
    expect((await t.request(`/exports/plans/${planId}/briefing.pdf?cycle=999999`, { token })).status).toBe(404);
    expect((await t.request(`/exports/plans/999999/briefing.pdf`, { token })).status).toBe(404);
    expect((await t.request(`/exports/plans/${planId}/briefing.pdf`)).status).toBe(401);
  });
});
