import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ActionDetail, ActionListItem, CycleCompleteness, CyclePayload, PlanSummary } from '@boussole/domain';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, DEMO_PASSWORD, launchBrowser, newPage, signIn } from './support/browser';

/**
 * Issue 13, point 1: live screens across two replicas on one database. The browser talks to replica
 * A only; the writes go through replica B's API, with a bearer token: A's pages must show them
 * without a reload (B's NOTIFY reaches A's LISTEN, then A's event stream, then the page's refetch).
 * No timing is asserted: each delay is measured and printed for the closing note.
 */

interface Cluster {
  url: string;
  replicas: { index: number; url: string }[];
  stop(): Promise<void>;
}

const CLUSTER_MODULE = pathToFileURL(resolve(__dirname, '../../tools/cluster/cluster.mjs')).href;

/**
 * DEPLOYMENT's cluster (tools/cluster/cluster.mjs) in a Node process of its own: Jest's module
 * sandbox cannot `import()` an ES module without --experimental-vm-modules. The child prints the
 * cluster's addresses as one JSON line and stops it when its standard input closes.
 */
async function startCluster(options: object): Promise<Cluster> {
  const script = `
    const { startCluster } = await import(${JSON.stringify(CLUSTER_MODULE)});
    const cluster = await startCluster(${JSON.stringify(options)});
    console.log('CLUSTER ' + JSON.stringify({ url: cluster.url, replicas: cluster.replicas.map(({ index, url }) => ({ index, url })) }));
    const stop = () => cluster.stop().finally(() => process.exit(0));
    process.stdin.on('end', stop).resume();
    process.on('SIGTERM', stop);
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  const addresses = await new Promise<Omit<Cluster, 'stop'>>((done, fail) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const line = output.split('\n').find((l) => l.startsWith('CLUSTER '));
      if (line) done(JSON.parse(line.slice('CLUSTER '.length)));
    };
    child.stdout.on('data', read);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('exit', (code) => fail(new Error(`the cluster stopped during its start (${code}):\n${output.slice(-4000)}`)));
  });
  const exited = new Promise<void>((done) => child.on('exit', () => done()));
  return {
    ...addresses,
    stop: async () => {
      child.stdin.end();
      await exited;
    },
  };
}

/** Delays from B's acknowledged write to the text on A's page, in milliseconds, by screen. */
const delays: Record<string, number> = {};

describe('live screens across two replicas', () => {
  let cluster: Cluster;
  let browser: Browser;
  let a: string;
  let b: string;
  const tokens: Record<string, string> = {};
  const pages: Page[] = [];

  beforeAll(async () => {
    cluster = await startCluster({ replicas: 2, mode: 'demo' });
    [a, b] = cluster.replicas.map((replica) => replica.url);
    browser = await launchBrowser();
  }, 300_000);

  afterAll(async () => {
    await Promise.all(pages.map((page) => page.context().close().catch(() => undefined)));
    await browser?.close();
    await cluster?.stop();
    console.log(`live screens: delays from B's acknowledged write to A's page (ms): ${JSON.stringify(delays)}`);
  }, 120_000);

  /** B's API as `email`, with the bearer token of a session opened on B. */
  async function onB<T>(email: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
    tokens[email] ??= await login(b, email);
    const response = await fetch(`${b}${path}`, {
      method,
      headers: { authorization: `Bearer ${tokens[email]}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
  }

  async function signedInOnA(email: string): Promise<Page> {
    const { page } = await newPage(browser, a);
    pages.push(page);
    await signIn(page, email);
    await page.getByRole('button', { name: 'Se déconnecter' }).first().waitFor();
    return page;
  }

  /** The plan, an action of the PF sub-directorate that may be updated (missing in the open cycle if one is), and the cycle. */
  async function fixture(): Promise<{ plan: PlanSummary; action: ActionDetail; cycle: CyclePayload | null }> {
    const director = 'direction@boussole.test';
    const plans = (await onB<PlanSummary[]>(director, 'GET', '/api/plans')).body;
    const plan = plans.find((p) => p.state === 'active') ?? plans[0];
    const cycles = (await onB<CyclePayload[]>(director, 'GET', `/api/cycles?plan=${plan.id}`)).body;
    const cycle = cycles.find((c) => c.state === 'open') ?? null;
    const missing = cycle ? (await onB<CycleCompleteness>(director, 'GET', `/api/cycles/${cycle.id}/completeness`)).body.missingActions : [];
    const listed = (await onB<ActionListItem[]>(director, 'GET', `/api/actions?plan=${plan.id}&unit=PF&pageSize=100`)).body;
    const candidates = [...missing.filter((m) => m.unitCode === 'PF').map((m) => m.id), ...listed.map((l) => l.id)];
    for (const id of candidates) {
      const action = (await onB<ActionDetail>(director, 'GET', `/api/actions/${id}`)).body;
      if (!action.lockedReason && action.status !== 'done' && action.status !== 'abandoned') return { plan, action, cycle };
    }
    throw new Error('no PF action of the demo plan may be updated');
  }

  /** A status update of `actionId` through B as its project manager; resolves when B acknowledged it. */
  async function updateThroughB(actionId: number, progress: number): Promise<number> {
    const current = (await onB<ActionDetail>('pf@boussole.test', 'GET', `/api/actions/${actionId}`)).body;
    const saved = await onB('pf@boussole.test', 'POST', `/api/actions/${actionId}/updates`, {
      status: 'on_track',
      progress,
      narrative: `Point écrit par la réplique B (${progress} %).`,
      version: current.version,
    });
    expect(saved.status).toBe(201);
    return Date.now();
  }

  /** Waits until `check()` holds (the page is never reloaded), then notes the delay since `since`. */
  async function seen(screen: string, since: number, check: () => Promise<boolean>): Promise<void> {
    const deadline = Date.now() + 20_000;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`${screen}: not seen on A's page within 20 s`);
      await new Promise((done) => setTimeout(done, 25));
    }
    delays[screen] = Date.now() - since;
  }

  const percent = (points: number) => new RegExp(`(^|[^0-9,])${points}\\s?%`);

  it('the cycle, dashboard, axis, action and regional pages on A show what B wrote, without a reload', async () => {
    const { plan, action, cycle } = await fixture();
    const page = await signedInOnA('direction@boussole.test');
    // Each value is new to the page, so that only B's write can make it appear.
    let progress = action.progress > 50 ? 7 : 93;
    const next = () => (progress += action.progress > 50 ? 2 : -2);

    if (cycle) {
      await page.goto(`/campagnes/${cycle.id}`);
      const bar = page.locator('section[aria-labelledby=completude] [role=progressbar]').first();
      await bar.waitFor();
      const before = await bar.getAttribute('aria-valuenow');
      const since = await updateThroughB(action.id, next());
      const after = (await onB<CycleCompleteness>('direction@boussole.test', 'GET', `/api/cycles/${cycle.id}/completeness`)).body;
      await seen('cycle', since, async () => (await bar.getAttribute('aria-valuenow')) === String(after.percent));
      console.log(`live screens: the cycle's completeness went from ${before} to ${after.percent} % on A`);
    }

    await page.goto(`/plans/${plan.id}`);
    const tile = page.locator(`[aria-labelledby="tuile-axe-${action.axisId}"]`);
    const tileBar = tile.getByRole('progressbar').first();
    await tileBar.waitFor();
    await page.waitForFunction((id) => document.querySelector(`[aria-labelledby="tuile-axe-${id}"] [role=progressbar][aria-valuenow]`), action.axisId);
    const tileBefore = await tileBar.getAttribute('aria-valuenow');
    // Far from the action's progress, so that the axis's roll-up moves.
    const since = await updateThroughB(action.id, action.progress > 50 ? 0 : 100 - 1);
    const rollup = (await onB<{ axes: { id: number; progress: number | null }[] }>('direction@boussole.test', 'GET', `/api/plans/${plan.id}/rollup`)).body;
    const axisAfter = String(rollup.axes.find((axis) => axis.id === action.axisId)?.progress);
    expect(axisAfter).not.toBe(tileBefore);
    await seen('dashboard', since, async () => (await tileBar.getAttribute('aria-valuenow')) === axisAfter);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`/plans/${plan.id}/axes/${action.axisId}?q=${encodeURIComponent(action.code)}`);
    const row = page.locator('tr', { hasText: action.code }).first();
    await row.waitFor();
    const axisValue = next();
    const axisSince = await updateThroughB(action.id, axisValue);
    await seen('axis', axisSince, async () => percent(axisValue).test((await row.textContent()) ?? ''));

    await page.goto(`/actions/${action.id}`);
    const state = page.locator('section[aria-labelledby=etat-titre]');
    await state.waitFor();
    const actionValue = next();
    const actionSince = await updateThroughB(action.id, actionValue);
    await seen('action', actionSince, async () => percent(actionValue).test((await state.textContent()) ?? ''));

    // A regional action's deployment in Bretagne, reported through B by the Bretagne liaison.
    const liaison = 'ars-bretagne@boussole.test';
    const regionals = (await onB<ActionListItem[]>(liaison, 'GET', `/api/actions?plan=${plan.id}&region=53&pageSize=20`)).body;
    await page.goto(`/regions/53`);
    await page.locator('tr').first().waitFor();
    let reported: { code: string; value: number } | null = null;
    let regionSince = 0;
    // The first regional action whose Bretagne deployment may be reported (its axis not validated).
    for (const regional of regionals) {
      const regionRow = page.locator('tr', { hasText: regional.code }).first();
      if (!(await regionRow.count())) continue;
      const regionText = (await regionRow.textContent()) ?? '';
      let value = 61;
      while (percent(value).test(regionText)) value += 3;
      const deployments = (await onB<{ deployments: { regionCode: string; version: number }[] }>(liaison, 'GET', `/api/actions/${regional.id}/regions`)).body;
      const bretagne = deployments.deployments.find((d) => d.regionCode === '53');
      const patched = await onB(liaison, 'PATCH', `/api/actions/${regional.id}/regions/53`, {
        status: 'on_track',
        progress: value,
        narrative: 'Rapport écrit par la réplique B.',
        version: bretagne?.version,
      });
      if (patched.status === 200) {
        regionSince = Date.now();
        reported = { code: regional.code, value };
        break;
      }
    }
    if (!reported) throw new Error('no Bretagne deployment could be reported through B');
    const { code, value: regionValue } = reported;
    const regionRow = page.locator('tr', { hasText: code }).first();
    await seen('region', regionSince, async () => percent(regionValue).test((await regionRow.textContent()) ?? ''));
    expect(await axeViolations(page)).toEqual([]);
  }, 240_000);

  it('a status update form being typed in on A keeps its text and says the action changed on B', async () => {
    const { action } = await fixture();
    const page = await signedInOnA('pf@boussole.test');
    await page.goto(`/actions/${action.id}`);
    const form = page.getByRole('region', { name: 'Mettre à jour l’action' });
    await form.waitFor();
    const typed = 'Texte en cours de saisie, à ne pas perdre.';
    await form.locator('#point-avancement').fill(typed);
    await form.locator('#avancement').fill('12');

    const value = action.progress === 55 ? 57 : 55;
    const since = await updateThroughB(action.id, value);
    const notice = form.getByText('Cette action a été modifiée par ailleurs\u00a0: vos saisies sont conservées.');
    await seen('dirty form notice', since, async () => notice.isVisible());

    expect(await form.locator('#point-avancement').inputValue()).toBe(typed);
    expect(await form.locator('#avancement').inputValue()).toBe('12');
    // The read-only parts follow B's write.
    await page.locator('section[aria-labelledby=etat-titre]').getByText(percent(value)).first().waitFor();
    await form.getByRole('button', { name: 'Voir la nouvelle version' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Saving what was typed still sends the version it started from: the API's 409 opens the comparison.
    await form.getByRole('button', { name: 'Enregistrer le point d’avancement' }).click();
    await page.getByRole('dialog', { name: 'Cette action a été modifiée entre-temps' }).waitFor();
    await page.getByRole('button', { name: 'Reprendre avec la version à jour' }).click();
    expect(await form.locator('#point-avancement').inputValue()).toBe(typed);
    await form.getByRole('button', { name: 'Enregistrer le point d’avancement' }).click();
    await form.getByText('Point d’avancement enregistré.').waitFor();
    const saved = (await onB<ActionDetail>('pf@boussole.test', 'GET', `/api/actions/${action.id}`)).body;
    expect(saved.progress).toBe(12);
  }, 120_000);

  it('a sign-out through the API ends the stream on A and its page lands on the sign-in page', async () => {
    const page = await signedInOnA('direction@boussole.test');
    const { plan } = await fixture();
    await page.goto(`/plans/${plan.id}`);
    await page.getByRole('progressbar').first().waitFor();
    const cookie = (await page.context().cookies()).find((c) => c.httpOnly);
    if (!cookie) throw new Error('no session cookie in the browser');

    const response = await fetch(`${b}/api/auth/logout`, { method: 'POST', headers: { authorization: `Bearer ${cookie.value}` } });
    expect(response.status).toBeLessThan(300);
    const since = Date.now();
    await seen('session ended', since, async () => new URL(page.url()).pathname === '/connexion');
    await page.getByText(/reconnectez-vous|session a pris fin/).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  }, 120_000);
});

async function login(base: string, email: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in of ${email} on ${base}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}
