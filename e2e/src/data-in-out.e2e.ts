import type { ActionListItem, CyclePayload, CycleSnapshot, IndicatorListItem, PlanDetail, PlanSummary } from '@boussole/domain';
import type ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { dialogNamed, expectNoAxeViolations } from './support/admin';
import { DEMO_PASSWORD, baseUrl, launchBrowser, newPage, signIn } from './support/browser';
import { apiAs } from './support/cycle-team';
import { startOwnServer, type OwnServer } from './support/own-server';
import { EXPORT_HEADERS, bytesOf, flat, headersOf, loadWorkbook, planStructure, readPdf, rowsOf, saveDownload, sheetOf } from './support/workbook';

/**
 * Issue 11, "done when": a director downloads a real xlsx and a readable PDF briefing of a
 * validated cycle, and an admin loads a plan's structure from a spreadsheet with a dry run first.
 */
describe('data in and out: the validated cycle’s files, and a plan loaded from a spreadsheet', () => {
  let browser: Browser;
  const folder = mkdtempSync(join(tmpdir(), 'boussole-e2e-files-'));
  const pages: Page[] = [];
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(async () => {
    for (const page of pages) await page.context().close();
    await browser.close();
    rmSync(folder, { recursive: true, force: true });
  });

  async function signedIn(base: string, email: string, password = DEMO_PASSWORD): Promise<Page> {
    const { page } = await newPage(browser, base);
    pages.push(page);
    await signIn(page, email, password);
    await page.getByRole('button', { name: 'Se déconnecter' }).first().waitFor();
    return page;
  }

  const downloaded = (page: Page, trigger: () => Promise<void>) => saveDownload(page, folder, trigger);

  /** As the dashboard prints a percentage (the domain's formatPercentFr: one decimal at most). */
  const percentFr = (points: number) => new Intl.NumberFormat('fr-FR', { style: 'unit', unit: 'percent', maximumFractionDigits: 1 }).format(points);
  const dateFr = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

  it('a director exports a closed, validated cycle as a workbook and as the CODIR briefing', async () => {
    const api = await apiAs(baseUrl(), 'direction@boussole.test', DEMO_PASSWORD);
    const plans = (await api<PlanSummary[]>('GET', '/plans')).body;
    const planId = plans.find((p) => p.state === 'active')?.id;
    const plan = (await api<PlanDetail>('GET', `/plans/${planId}`)).body;
    const cycles = (await api<CyclePayload[]>('GET', `/cycles?plan=${planId}`)).body;
    const cycle = cycles.filter((c) => c.state === 'closed').sort((a, b) => b.closesOn.localeCompare(a.closesOn))[0];
    expect(cycle).toBeDefined();
    const snapshot = (await api<CycleSnapshot>('GET', `/cycles/${cycle.id}/snapshot`)).body;
    // Every axis of the plan was frozen by its validation: the cycle is a validated one.
    expect(snapshot.axes.map((a) => a.number).sort()).toEqual(plan.axes.map((a) => a.number).sort());
    const validations = (await api<{ validations: { axisId: number; reopened: unknown }[] }>('GET', `/cycles/${cycle.id}/validations`)).body;
    expect(validations.validations.filter((v) => v.reopened === null)).toHaveLength(plan.axes.length);

    const page = await signedIn(baseUrl(), 'direction@boussole.test');
    // The dashboard's figures of that cycle, as it prints them in its chart's data table.
    await page.goto(`/plans/${planId}`);
    await page.getByRole('button', { name: 'Voir les données du graphique' }).click();
    const table = page.getByRole('table', { name: 'Avancement validé de chaque axe, par campagne' });
    const row = table.locator('tbody tr').filter({
      has: page.getByRole('rowheader', { name: cycle.label, exact: true }),
    });
    // The table is out of the accessibility tree until the page has rendered the click.
    await row.waitFor();
    const columns = (await table.locator('thead th').allInnerTexts()).map(flat);
    const cells = (await row.locator('td').allInnerTexts()).map(flat);
    const shown = new Map(snapshot.axes.map((a) => [a.number, cells[columns.indexOf(`Axe ${a.number}`) - 1]]));
    for (const axis of snapshot.axes) expect(shown.get(axis.number)).toBe(flat(percentFr(axis.rollup.progress ?? 0)));

    await page.goto(`/campagnes/${cycle.id}`);
    await page.getByRole('heading', { level: 1, name: `Campagne ${cycle.label}` }).waitFor();
    const exporter = page.getByRole('button', { name: 'Exporter', exact: true });
    await exporter.click();
    // The list shows once the page has rendered the click; the button says it is open.
    await page.getByRole('button', { name: 'Note CODIR (.pdf)' }).waitFor();
    expect(await exporter.getAttribute('aria-expanded')).toBe('true');
    await expectNoAxeViolations(page);

    // The file's request is held until the page has been seen saying it prepares the file: the
    // feedback is checked without racing the server. The URL asks for the cycle's frozen state.
    let release: () => void = () => undefined;
    const released = new Promise<void>((done) => (release = done));
    let held: () => void = () => undefined;
    const requested = new Promise<void>((done) => (held = done));
    const xlsxUrl = new RegExp(`/api/exports/plans/${planId}\\.xlsx\\?cycle=${cycle.id}$`);
    await page.route(xlsxUrl, async (route) => {
      held();
      await released;
      await route.continue();
    });
    const xlsx = await downloaded(page, async () => {
      await page.getByRole('button', { name: 'Tableur (.xlsx)', exact: true }).click();
      await requested;
      await page.getByRole('status').filter({ hasText: 'Préparation du fichier…' }).waitFor();
      expect(await exporter.getAttribute('aria-busy')).toBe('true');
      release();
    });
    await page.unroute(xlsxUrl);
    await page.getByText('Préparation du fichier…').waitFor({ state: 'detached' });
    expect(xlsx.name).toMatch(/^boussole-.+\.xlsx$/);

    const workbook = await loadWorkbook(xlsx.path);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(Object.keys(EXPORT_HEADERS));
    for (const [name, headers] of Object.entries(EXPORT_HEADERS)) {
      const sheet = sheetOf(workbook, name);
      expect(headersOf(sheet)).toEqual(headers);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
    expect(workbook.subject).toContain(cycle.label);
    // Each axis and action at its frozen figure, as a number shown as a percentage.
    const axes = rowsOf(workbook, 'Axes');
    expect(axes).toHaveLength(snapshot.axes.length);
    for (const axis of snapshot.axes) {
      const progress = axes.find((r) => r['Numéro'].value === axis.number)?.['Avancement'];
      expect(typeof progress?.value).toBe('number');
      expect(progress?.value).toBeCloseTo((axis.rollup.progress ?? 0) / 100, 6);
      expect(progress?.numFmt).toContain('%');
    }
    const actions = rowsOf(workbook, 'Actions');
    const frozen = snapshot.axes.flatMap((a) => a.actions);
    expect(actions).toHaveLength(frozen.length);
    for (const action of frozen) {
      expect(actions.find((r) => r['Code'].value === action.code)?.['Avancement'].value).toBeCloseTo(action.progress / 100, 6);
    }
    // Dates are dates, not texts: Excel sorts and filters them as such.
    const dated = (sheet: string, header: string) =>
      rowsOf(workbook, sheet)
        .map((r) => r[header].value)
        .filter((v) => v !== null && v !== undefined);
    for (const [sheet, header] of [
      ['Actions', 'Début'],
      ['Actions', 'Échéance'],
      ['Points d’avancement', 'Date'],
      ['Mesures', 'Période'],
    ]) {
      const values = dated(sheet, header);
      expect(values.length).toBeGreaterThan(0);
      expect(values.every((v) => v instanceof Date)).toBe(true);
    }

    await exporter.click();
    const briefing = await downloaded(page, () => page.getByRole('button', { name: 'Note CODIR (.pdf)', exact: true }).click());
    expect(briefing.name).toMatch(/\.pdf$/);
    expect((await readFile(briefing.path)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdf = await readPdf(briefing.path);
    // Readable: tagged, in French, titled with the cycle, for screen readers too.
    expect(pdf.markInfo?.Marked).toBe(true);
    expect(pdf.structTree).toBe(true);
    expect(pdf.info.Language).toBe('fr-FR');
    expect(pdf.info.Title).toContain(cycle.label);
    expect(pdf.text).toContain(flat(`Campagne de suivi ${cycle.label}, du ${dateFr(cycle.opensOn)} au ${dateFr(cycle.closesOn)} (close)`));
    // The cover says each axis was validated, and by whom; each axis's page says it again.
    expect(pdf.text.match(/ : validé le \d\d\/\d\d\/\d{4} à \d\d:\d\d par /g)).toHaveLength(plan.axes.length);
    expect(pdf.text.match(/Validé le \d\d\/\d\d\/\d{4} à \d\d:\d\d par /g)).toHaveLength(plan.axes.length);
    for (const axis of snapshot.axes) expect(pdf.text).toContain(flat(`Avancement de l’axe ${axis.number} : ${shown.get(axis.number)}`));
  });

  describe('on a server of its own, from an empty database', () => {
    let server: OwnServer;
    beforeAll(async () => (server = await startOwnServer()), 150000);
    afterAll(async () => server?.stop());

    async function check(page: Page, name: string, workbook: ExcelJS.Workbook) {
      const buffer = await bytesOf(workbook);
      await page.locator('#import-fichier').setInputFiles({
        name,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer,
      });
      await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
      await page
        .getByRole('heading', {
          level: 2,
          name: `Aperçu de l’import de « ${name} »`,
        })
        .waitFor();
      return page.locator('section[aria-labelledby="import-apercu"]');
    }

    /** A summary table's figures, kind by kind: [first column, second, third]. */
    async function counts(page: Page, caption: string): Promise<Record<string, string[]>> {
      const table = page.getByRole('table', { name: caption });
      const figures: Record<string, string[]> = {};
      await table.locator('tbody tr').first().waitFor();
      for (const row of await table.locator('tbody tr').all())
        figures[flat(await row.locator('th').innerText())] = (await row.locator('td').allInnerTexts()).map(flat);
      return figures;
    }

    it('an admin checks a spreadsheet in a dry run, sees its faults by cell, then imports the plan’s structure', async () => {
      const api = await apiAs(server.base, server.admin.email, server.admin.password);
      const created = await api<{ id: number }>('POST', '/plans', {
        title: 'Feuille de route importée',
        startYear: 2026,
        endYear: 2027,
      });
      expect(created.status).toBe(201);
      const planId = created.body.id;
      const codes = (await api<{ code: string }[]>('GET', '/units')).body.map((u) => u.code);
      const units: [string, string] = [codes.includes('RH') ? 'RH' : codes[0], codes.includes('Q') ? 'Q' : codes[1]];

      const page = await signedIn(server.base, server.admin.email, server.admin.password);
      await page.goto(`/administration/plans/${planId}/import`);
      await page.getByRole('heading', { level: 1, name: 'Importer depuis un tableur' }).waitFor();
      await page
        .locator('.fr-text--lead', {
          hasText: 'de « Feuille de route importée » à partir d’un classeur',
        })
        .waitFor();
      await expectNoAxeViolations(page);

      // The template, through the page's link: the import's sheets, empty for an empty plan.
      const template = await downloaded(page, () => page.getByRole('link', { name: /Télécharger le modèle/ }).click());
      expect(template.name).toMatch(/\.xlsx$/);
      const blank = await readFile(template.path);
      const model = await loadWorkbook(blank);
      expect(model.worksheets.map((s) => s.name)).toEqual(['Axes', 'Objectifs', 'Actions', 'Indicateurs', 'Mesures']);
      expect(model.worksheets.map((s) => s.actualRowCount)).toEqual([1, 1, 1, 1, 1]);

      // A file with an unknown unit and a day that does not exist: both named at their cell, nothing to import.
      const bad = await planStructure(blank, units, true);
      let preview = await check(page, 'structure-erronee.xlsx', bad.workbook);
      await preview.getByText(/Le fichier contient 2 erreurs/).waitFor();
      const errors = preview.getByRole('table', {
        name: 'Erreurs à corriger dans le fichier',
      });
      const message = async (ref: string) =>
        flat(
          await errors
            .locator('tr', {
              has: page.getByRole('rowheader', { name: ref, exact: true }),
            })
            .locator('td')
            .innerText(),
        );
      expect(await message(bad.refs.unit)).toMatch(/^La sous-direction « XYZ » n’existe pas/);
      expect(await message(bad.refs.date)).toBe('« Échéance » : la date « 2026-02-30 » n’existe pas.');
      expect(await errors.locator('tbody tr').count()).toBe(2);
      expect(await preview.getByRole('button', { name: 'Importer', exact: true }).isDisabled()).toBe(true);
      await expectNoAxeViolations(page);

      // The corrected file: what it would create, grouped by kind, and still nothing written.
      const good = await planStructure(blank, units);
      preview = await check(page, 'structure-plan.xlsx', good.workbook);
      await preview.getByText(/^\s*Le fichier est valide\. Rien n’est encore enregistré/).waitFor();
      expect(await counts(page, 'Changements par élément')).toEqual({
        Axes: ['2', '0', '0'],
        Objectifs: ['3', '0', '0'],
        Actions: ['4', '0', '0'],
        Indicateurs: ['1', '0', '0'],
        Mesures: ['0', '0', '0'],
      });
      const creations = preview.locator('section[aria-labelledby="import-creations"]');
      expect((await creations.locator('h4').allInnerTexts()).map(flat)).toEqual(['Axes (2)', 'Objectifs (3)', 'Actions (4)', 'Indicateurs (1)']);
      await creations.getByText('Action 2.1.1 – Consultations avancées en zone sous-dense').waitFor();
      await preview.getByText('Le fichier ne modifie rien.').waitFor();
      expect((await api<PlanDetail>('GET', `/plans/${planId}`)).body.axes).toEqual([]);
      await expectNoAxeViolations(page);

      await preview.getByRole('button', { name: 'Importer', exact: true }).click();
      const dialog = await dialogNamed(page, 'Importer « structure-plan.xlsx » ?');
      await dialog.getByText(/10 créations et 0 modification seront enregistrées en une seule fois/).waitFor();
      await expectNoAxeViolations(page);
      await dialog.getByRole('button', { name: 'Confirmer l’import' }).click();
      await page.getByRole('heading', { level: 2, name: 'Import effectué' }).waitFor();
      const report = page.locator('section[aria-labelledby="import-rapport"]');
      await report.getByText(/Le fichier « structure-plan\.xlsx » a été importé le/).waitFor();
      expect((await counts(page, 'Ce que l’import a enregistré'))['Actions']).toEqual(['4', '0', '0']);
      await expectNoAxeViolations(page);

      // The plan has them, as the API reads it.
      const plan = (await api<PlanDetail>('GET', `/plans/${planId}`)).body;
      expect(plan.axes.map((a) => `${a.number} ${a.title}`)).toEqual(['1 Rendre les métiers du soin attractifs', '2 Garantir l’accès aux soins']);
      expect(plan.axes.flatMap((a) => a.objectives.map((o) => o.code))).toEqual(['1.1', '1.2', '2.1']);
      const actions = (await api<ActionListItem[]>('GET', `/actions?plan=${planId}`)).body;
      expect(actions.map((a) => `${a.code} ${a.unit.code} ${a.dueDate}`).sort()).toEqual([
        `1.1.1 ${units[0]} 2027-06-30`,
        `1.1.2 ${units[1]} 2027-06-30`,
        `1.2.1 ${units[0]} 2027-12-31`,
        `2.1.1 ${units[1]} 2027-12-31`,
      ]);
      const indicators = (await api<IndicatorListItem[]>('GET', `/indicators?plan=${planId}`)).body;
      expect(indicators.map((i) => i.name)).toEqual(['Part des services aux plannings partagés']);

      // The same file again: nothing to create or change, and nothing to import.
      await page.getByRole('button', { name: 'Importer un autre fichier' }).click();
      preview = await check(page, 'structure-plan.xlsx', good.workbook);
      await preview.getByText(/Le fichier ne change rien au projet.*il n’y a rien à importer/).waitFor();
      await preview.getByText('Le fichier ne crée rien.').waitFor();
      await preview.getByText('Le fichier ne modifie rien.').waitFor();
      expect((await counts(page, 'Changements par élément'))['Actions']).toEqual(['0', '0', '4']);
      expect(await preview.getByRole('button', { name: 'Importer', exact: true }).isDisabled()).toBe(true);
    });
  });
});
