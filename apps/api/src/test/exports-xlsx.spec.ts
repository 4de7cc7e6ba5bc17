import { STATUS_LABELS, type ActionDetail, type CycleSnapshot, type IndicatorListItem, type PlanRollup } from '@boussole/domain';
import ExcelJS from 'exceljs';
import { WORKBOOK_SHEETS } from '../exports/workbook-layout';
import { todayIso } from '../rollups/plan-clock';
import { createTestApp, TestApp } from './support/test-app';

/** `GET /api/exports/plans/:id.xlsx` (issue 11, point 1): the workbook read back and held to the API's figures. */
describe('xlsx export of a plan', () => {
  let t: TestApp;
  let token: string;
  let planId: number;
  let closedCycle: { id: number; label: string };

  beforeAll(async () => {
    t = await createTestApp();
    token = await t.login('lecture@boussole.test');
    [{ id: planId }] = (await t.sql.query(`SELECT id FROM plans WHERE state = 'active'`)).rows;
    [closedCycle] = (
      await t.sql.query(
        `SELECT c.id, c.label FROM reporting_cycles c
          WHERE c.plan_id = $1 AND c.state = 'closed' AND EXISTS (SELECT 1 FROM cycle_snapshots s WHERE s.cycle_id = c.id)
          ORDER BY c.opens_on DESC LIMIT 1`,
        [planId],
      )
    ).rows;
  });
  afterAll(async () => t.close());

  async function download(query = '', as = token): Promise<{ response: Response; workbook: ExcelJS.Workbook }> {
    const response = await fetch(`${t.base}/exports/plans/${planId}.xlsx${query}`, { headers: { authorization: `Bearer ${as}` } });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
    return { response, workbook };
  }

  /** The sheet's rows after the header, as objects keyed by the layout's keys. */
  function rowsOf(workbook: ExcelJS.Workbook, name: string): Record<string, ExcelJS.Cell>[] {
    const layout = WORKBOOK_SHEETS.find((s) => s.name === name);
    const sheet = workbook.getWorksheet(name);
    if (!layout || !sheet) throw new Error(`sheet ${name} missing`);
    const rows: Record<string, ExcelJS.Cell>[] = [];
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      rows.push(Object.fromEntries(layout.columns.map((c, i) => [c.key, row.getCell(i + 1)])));
    });
    return rows;
  }

  it('makes workbooks asked at the same time one after the other, each of them whole, and a briefing beside them', async () => {
    const [first, second, third] = await Promise.all([download(), download(), download()]);
    const briefing = await fetch(`${t.base}/exports/plans/${planId}/briefing.pdf`, { headers: { authorization: `Bearer ${token}` } });
    expect(briefing.status).toBe(200);
    const counts = (w: ExcelJS.Workbook) => w.worksheets.map((sheet) => sheet.rowCount);
    expect(counts(second.workbook)).toEqual(counts(first.workbook));
    expect(counts(third.workbook)).toEqual(counts(first.workbook));
    expect(rowsOf(first.workbook, 'Actions').length).toBeGreaterThan(0);
  });

  it('sends a named, uncached xlsx with the layout’s sheets, headers frozen and filtered', async () => {
    const { response, workbook } = await download();
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('content-disposition')).toContain(`filename="boussole-projet-2025-2027-${todayIso()}.xlsx"`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(WORKBOOK_SHEETS.map((s) => s.name));
    const [{ title }] = (await t.sql.query(`SELECT title FROM plans WHERE id = $1`, [planId])).rows;
    expect(workbook.title).toBe(title);
    expect(workbook.subject).toContain('situation au');
    for (const layout of WORKBOOK_SHEETS) {
      const sheet = workbook.getWorksheet(layout.name) as ExcelJS.Worksheet;
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(layout.columns.map((c) => c.header));
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
      expect(sheet.getColumn(1).width).toBe(layout.columns[0].width);
    }
  });

  it('gives each axis and objective the roll-up’s progress, as a percentage', async () => {
    const rollup: PlanRollup = (await t.request(`/plans/${planId}/rollup`, { token })).body;
    const { workbook } = await download();
    const axes = rowsOf(workbook, 'Axes');
    expect(axes).toHaveLength(rollup.axes.length);
    for (const axis of rollup.axes) {
      const row = axes.find((r) => r['id'].value === axis.id);
      expect(row?.['number'].value).toBe(axis.number);
      expect(row?.['progress'].value).toBeCloseTo((axis.progress ?? 0) / 100, 6);
      expect(row?.['progress'].numFmt).toContain('%');
      expect(row?.['actionCount'].value).toBe(axis.actionCount);
    }
    const objectives = rowsOf(workbook, 'Objectifs');
    expect(objectives).toHaveLength(rollup.axes.flatMap((a) => a.objectives).length);
    const first = rollup.axes[0].objectives[0];
    const row = objectives.find((r) => r['code'].value === first.code);
    expect(row?.['progress'].value).toBeCloseTo((first.progress ?? 0) / 100, 6);
  });

  it('writes an action’s row as GET /api/actions/:id gives it, with real dates and numbers', async () => {
    const [{ id }] = (
      await t.sql.query(
        `SELECT a.id FROM actions a WHERE a.plan_id = $1 AND a.start_date IS NOT NULL AND a.last_update_at IS NOT NULL
          AND a.progress BETWEEN 1 AND 99 ORDER BY a.id LIMIT 1`,
        [planId],
      )
    ).rows;
    const action: ActionDetail = (await t.request(`/actions/${id}`, { token })).body;
    const { workbook } = await download();
    const rows = rowsOf(workbook, 'Actions');
    expect(rows).toHaveLength(Number((await t.sql.query(`SELECT count(*) FROM actions WHERE plan_id = $1`, [planId])).rows[0].count));
    const row = rows.find((r) => r['id'].value === id) as Record<string, ExcelJS.Cell>;
    expect(row['code'].value).toBe(action.code);
    expect(row['title'].value).toBe(action.title);
    expect(row['unitCode'].value).toBe(action.unit.code);
    expect(row['ownerName'].value ?? null).toBe(action.owner?.name ?? null);
    expect(row['weight'].value).toBe(action.weight);
    expect(row['status'].value).toBe(STATUS_LABELS[action.status]);
    expect(row['effectiveStatus'].value).toBe(STATUS_LABELS[action.effectiveStatus]);
    expect(row['progress'].value).toBeCloseTo(action.progress / 100, 6);
    expect(row['expectedProgress'].value).toBeCloseTo((action.expectedProgress ?? 0) / 100, 6);
    expect(row['scheduleGap'].value).toBeCloseTo(action.scheduleGap ?? 0, 6);
    expect(row['startDate'].value).toBeInstanceOf(Date);
    expect((row['startDate'].value as Date).toISOString().slice(0, 10)).toBe(action.startDate);
    expect(row['startDate'].numFmt).toBe('dd/mm/yyyy');
    expect(row['lastUpdateAt'].value).toBeInstanceOf(Date);
    expect(row['regional'].value).toBe(action.regional);
  });

  it('has 18 deployment rows per regional action, every update and every measurement', async () => {
    const { workbook } = await download();
    const count = async (sql: string) => Number((await t.sql.query(sql, [planId])).rows[0].n);
    const regional = await count(`SELECT count(*) AS n FROM actions WHERE plan_id = $1 AND regional`);
    expect(regional).toBeGreaterThan(0);
    expect(rowsOf(workbook, 'Déploiements')).toHaveLength(18 * regional);
    expect(rowsOf(workbook, 'Points d’avancement')).toHaveLength(
      await count(`SELECT count(*) AS n FROM status_updates u JOIN actions a ON a.id = u.action_id WHERE a.plan_id = $1`),
    );
    const indicators = rowsOf(workbook, 'Indicateurs');
    const listed: IndicatorListItem[] = (await t.request(`/indicators?plan=${planId}`, { token })).body;
    expect(indicators).toHaveLength(listed.length);
    for (const indicator of listed) {
      const row = indicators.find((r) => r['id'].value === indicator.id);
      const overall = indicator.achievement.overall;
      // Written to one decimal of a percent.
      if (overall === null) expect(row?.['achievement'].value ?? null).toBeNull();
      else expect(row?.['achievement'].value).toBeCloseTo(overall / 100, 3);
      expect(row?.['latestValue'].value ?? null).toBe(indicator.latest?.value ?? null);
    }
    const measurements = rowsOf(workbook, 'Mesures');
    expect(measurements).toHaveLength(
      await count(`SELECT count(*) AS n FROM measurements m JOIN indicators i ON i.id = m.indicator_id WHERE i.plan_id = $1`),
    );
    expect(measurements[0]['period'].value).toBeInstanceOf(Date);
    expect(typeof measurements[0]['value'].value).toBe('number');
  });

  it('gives the roll-up of a past day with ?asOf=', async () => {
    const asOf = '2026-03-31';
    const rollup: PlanRollup = (await t.request(`/plans/${planId}/rollup?asOf=${asOf}`, { token })).body;
    const { response, workbook } = await download(`?asOf=${asOf}`);
    expect(response.headers.get('content-disposition')).toContain(`-${asOf}.xlsx`);
    const axes = rowsOf(workbook, 'Axes');
    for (const axis of rollup.axes) {
      expect(axes.find((r) => r['id'].value === axis.id)?.['progress'].value).toBeCloseTo((axis.progress ?? 0) / 100, 6);
    }
  });

  it('gives a cycle’s frozen figures with ?cycle=, even after a later update', async () => {
    const snapshot: CycleSnapshot = (await t.request(`/cycles/${closedCycle.id}/snapshot`, { token })).body;
    const frozen = snapshot.axes.flatMap((a) => a.actions).find((a) => a.status === 'on_track' || a.status === 'at_risk');
    if (!frozen) throw new Error('no open action frozen');
    const admin = await t.login('admin@boussole.test');
    const current: ActionDetail = (await t.request(`/actions/${frozen.id}`, { token: admin })).body;
    const progress = frozen.progress === 42 ? 43 : 42;
    const posted = await t.request(`/actions/${frozen.id}/updates`, {
      method: 'POST',
      token: admin,
      json: { status: 'on_track', progress, narrative: 'Point postérieur à la campagne.', version: current.version },
    });
    expect(posted.status).toBe(201);

    const { response, workbook } = await download(`?cycle=${closedCycle.id}`);
    expect(response.headers.get('content-disposition')).toMatch(/filename="boussole-projet-2025-2027-[a-z0-9-]+\.xlsx"/);
    expect(workbook.subject).toContain(closedCycle.label);
    const row = rowsOf(workbook, 'Actions').find((r) => r['id'].value === frozen.id) as Record<string, ExcelJS.Cell>;
    expect(row['progress'].value).toBeCloseTo(frozen.progress / 100, 6);
    expect(row['status'].value).toBe(STATUS_LABELS[frozen.status]);
    const axes = rowsOf(workbook, 'Axes');
    expect(axes).toHaveLength(snapshot.axes.length);
    for (const axis of snapshot.axes) {
      expect(axes.find((r) => r['id'].value === axis.axisId)?.['progress'].value).toBeCloseTo((axis.rollup.progress ?? 0) / 100, 6);
    }
    // The update posted after the freeze is not among the cycle's updates.
    const updates = rowsOf(workbook, 'Points d’avancement').filter((r) => r['actionCode'].value === frozen.code);
    expect(updates.map((r) => r['narrative'].value)).not.toContain('Point postérieur à la campagne.');
    // Today's export has it.
    const today = rowsOf((await download()).workbook, 'Actions').find((r) => r['id'].value === frozen.id);
    expect(today?.['progress'].value).toBeCloseTo(progress / 100, 6);
  });

  it('refuses bad options in French, an unknown plan with 404 and an anonymous caller with 401', async () => {
    const get = (path: string) => t.request(path, { token });
    // A cycle of the other (archived) plan.
    const [other] = (
      await t.sql.query(
        `INSERT INTO reporting_cycles (plan_id, label, opens_on, closes_on, state)
         SELECT id, 'T1 2016', '2016-01-01', '2016-03-31', 'closed' FROM plans WHERE id <> $1 ORDER BY id LIMIT 1 RETURNING id`,
        [planId],
      )
    ).rows;
    const [open] = (await t.sql.query(`SELECT id FROM reporting_cycles WHERE plan_id = $1 AND state = 'open'`, [planId])).rows;
    const bad = [
      `?asOf=2026-01-01&cycle=${closedCycle.id}`,
      '?asOf=2026-02-30',
      '?asOf=3000-01-01',
      '?cycle=abc',
      `?cycle=${other.id}`,
      '?cycle=999999',
      `?cycle=${open.id}`,
    ];
    for (const query of bad) {
      const response = await get(`/exports/plans/${planId}.xlsx${query}`);
      expect([query, response.status]).toEqual([query, 400]);
      expect(response.body.message).toMatch(/[éèàç«]/);
    }
    expect((await get(`/exports/plans/abc.xlsx`)).status).toBe(400);
    const unknown = await get(`/exports/plans/999999.xlsx`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toBe('Projet stratégique introuvable.');
    expect((await t.request(`/exports/plans/${planId}.xlsx`)).status).toBe(401);
  });
});
