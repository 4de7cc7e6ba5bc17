import { REGIONS, STATUS_LABELS, type ActionDetail, type CycleSnapshot } from '@boussole/domain';
import { parse } from 'csv-parse/sync';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parisWallClock } from '../exports/export-cells';
import { sendFile } from '../exports/export-response';
import { ACTIONS_SHEET, DEPLOYMENTS_SHEET } from '../exports/workbook-layout';
import { todayIso } from '../rollups/plan-clock';
import { createTestApp, TestApp } from './support/test-app';

/** `GET /api/exports/plans/:id.csv` and `…/:id/deployments.csv` (issue 11, point 2): as a French Excel opens them. */
describe('CSV exports of a plan', () => {
  let t: TestApp;
  let token: string;
  let planId: number;

  beforeAll(async () => {
    t = await createTestApp();
    token = await t.login('ars-bretagne@boussole.test');
    [{ id: planId }] = (await t.sql.query(`SELECT id FROM plans WHERE state = 'active'`)).rows;
  });
  afterAll(async () => t.close());

  async function download(path: string): Promise<{ response: Response; bytes: Buffer; rows: Record<string, string>[] }> {
    const response = await fetch(`${t.base}/exports/plans/${path}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    const rows: Record<string, string>[] = parse(bytes, { bom: true, delimiter: ';', columns: true, record_delimiter: '\r\n' });
    return { response, bytes, rows };
  }

  const fr = (n: number) => String(n).replace('.', ',');
  const frDate = (iso: string) => iso.split('-').reverse().join('/');

  it('writes the actions in UTF-8 with a BOM, “;” and CRLF, under the Actions sheet’s headers', async () => {
    const { response, bytes, rows } = await download(`${planId}.csv`);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain(`filename="boussole-projet-2025-2027-actions-${todayIso()}.csv"`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.slice(0, text.indexOf('\r\n'))).toBe(ACTIONS_SHEET.columns.map((c) => c.header).join(';'));
    expect(text.split('\r\n').length).toBeGreaterThan(2);
    const [{ n }] = (await t.sql.query(`SELECT count(*)::int AS n FROM actions WHERE plan_id = $1`, [planId])).rows;
    expect(rows).toHaveLength(n);
  });

  it('gives an action the figures of GET /api/actions/:id, with decimal commas and JJ/MM/AAAA dates', async () => {
    const [{ id }] = (
      await t.sql.query(
        `SELECT a.id FROM actions a WHERE a.plan_id = $1 AND a.start_date IS NOT NULL AND a.due_date > now() AND a.start_date < now()
          ORDER BY a.id LIMIT 1`,
        [planId],
      )
    ).rows;
    const action: ActionDetail = (await t.request(`/actions/${id}`, { token })).body;
    const { rows } = await download(`${planId}.csv`);
    const row = rows.find((r) => r['Identifiant'] === String(id)) as Record<string, string>;
    expect(row['Code']).toBe(action.code);
    expect(row['Titre']).toBe(action.title);
    expect(row['Météo déclarée']).toBe(STATUS_LABELS[action.status]);
    expect(row['Météo retenue']).toBe(STATUS_LABELS[action.effectiveStatus]);
    expect(row['Avancement']).toBe(fr(action.progress));
    expect(row['Avancement attendu']).toBe(fr(action.expectedProgress as number));
    expect(row['Écart (points)']).toBe(fr(action.scheduleGap as number));
    expect(row['Début']).toBe(frDate(action.startDate as string));
    expect(row['Échéance']).toBe(frDate(action.dueDate as string));
    expect(row['Régionale']).toBe(action.regional ? 'oui' : 'non');
    expect(row['Dernier point']).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    // At least one figure of the plan has decimals, and they come with a comma.
    expect(rows.some((r) => /^-?\d+,\d+$/.test(r['Avancement attendu']))).toBe(true);
    expect(rows.some((r) => /\d\.\d/.test(r['Avancement attendu']))).toBe(false);
  });

  it('keeps a narrative that looks like a formula as text', async () => {
    const admin = await t.login('admin@boussole.test');
    const [{ id }] = (
      await t.sql.query(`SELECT id FROM actions WHERE plan_id = $1 AND status = 'on_track' ORDER BY id LIMIT 1`, [planId])
    ).rows;
    const action: ActionDetail = (await t.request(`/actions/${id}`, { token: admin })).body;
    const posted = await t.request(`/actions/${id}/updates`, {
      method: 'POST',
      token: admin,
      json: { status: 'on_track', progress: action.progress, narrative: '=HYPERLINK("http://example.test";"clic")', version: action.version },
    });
    expect(posted.status).toBe(201);
    const { rows } = await download(`${planId}.csv`);
    expect(rows.find((r) => r['Identifiant'] === String(id))?.['Dernier point d’avancement']).toBe('\'=HYPERLINK("http://example.test";"clic")');
  });

  it('writes 18 deployments per regional action, with the regions’ names', async () => {
    const { response, rows } = await download(`${planId}/deployments.csv`);
    expect(response.headers.get('content-disposition')).toContain('-deploiements-');
    const [{ n }] = (await t.sql.query(`SELECT count(*)::int AS n FROM actions WHERE plan_id = $1 AND regional`, [planId])).rows;
    expect(rows).toHaveLength(18 * n);
    expect(Object.keys(rows[0])).toEqual(DEPLOYMENTS_SHEET.columns.map((c) => c.header));
    const bretagne = rows.find((r) => r['Région (code)'] === '53');
    expect(bretagne?.['Région']).toBe(REGIONS.find((r) => r.code === '53')?.name);
    const [deployment] = (
      await t.sql.query(
        `SELECT a.code, d.progress FROM regional_deployments d JOIN actions a ON a.id = d.action_id WHERE a.plan_id = $1 AND d.region_code = '53' ORDER BY a.id LIMIT 1`,
        [planId],
      )
    ).rows;
    expect(rows.find((r) => r['Action'] === deployment.code && r['Région (code)'] === '53')?.['Avancement']).toBe(fr(deployment.progress));
  });

  it('gives the frozen figures of a cycle with ?cycle=, and refuses bad options as the xlsx does', async () => {
    const [cycle] = (
      await t.sql.query(
        `SELECT c.id FROM reporting_cycles c WHERE c.plan_id = $1 AND EXISTS (SELECT 1 FROM cycle_snapshots s WHERE s.cycle_id = c.id)
          ORDER BY c.opens_on DESC LIMIT 1`,
        [planId],
      )
    ).rows;
    const snapshot: CycleSnapshot = (await t.request(`/cycles/${cycle.id}/snapshot`, { token })).body;
    const { rows } = await download(`${planId}.csv?cycle=${cycle.id}`);
    const frozen = snapshot.axes.flatMap((a) => a.actions);
    expect(rows).toHaveLength(frozen.length);
    for (const action of frozen.slice(0, 20)) {
      const row = rows.find((r) => r['Identifiant'] === String(action.id));
      expect(row?.['Avancement']).toBe(fr(action.progress));
      expect(row?.['Météo retenue']).toBe(STATUS_LABELS[action.effectiveStatus]);
    }
    const both = await t.request(`/exports/plans/${planId}.csv?cycle=${cycle.id}&asOf=2026-01-01`, { token });
    expect(both.status).toBe(400);
    expect(both.body.message).toBe('Choisissez une date (« asOf ») ou une campagne (« cycle »), pas les deux.');
    expect((await t.request(`/exports/plans/${planId}/deployments.csv?asOf=hier`, { token })).status).toBe(400);
    expect((await t.request(`/exports/plans/999999/deployments.csv`, { token })).status).toBe(404);
    expect((await t.request(`/exports/plans/${planId}.csv`)).status).toBe(401);
  });

  it('writes instants in Paris time, summer and winter, as Intl does', () => {
    const paris = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    });
    const edges = ['2026-03-29T00:59:00Z', '2026-03-29T01:00:00Z', '2026-10-25T00:59:00Z', '2026-10-25T01:00:00Z', '2025-12-31T23:30:00Z', '2026-07-14T10:00:00Z'];
    for (const iso of edges) {
      const p = Object.fromEntries(paris.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
      expect([iso, parisWallClock(new Date(iso)).toISOString().slice(0, 16)]).toEqual([iso, `${p['year']}-${p['month']}-${p['day']}T${p['hour']}:${p['minute']}`]);
    }
  });

  it('ends a download that fails once its headers are sent, instead of leaving it hanging', async () => {
    const server = createServer((_request, response) => {
      void sendFile(response, { type: 'text/csv; charset=utf-8', name: 'x.csv' }, async (out) => {
        out.write('Code;Titre\r\n');
        throw new Error('la base a disparu');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/`);
      expect(response.status).toBe(200);
      await expect(response.text()).rejects.toThrow();
    } finally {
      server.close();
    }
  });
});
