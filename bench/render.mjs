// The dashboard's first render of the large plan in headless Chromium (DESIGN §7: ≤ 800 ms).
import { chromium } from 'playwright-core';
import { chromiumPath } from '../tools/chromium-path.mjs';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Time from the start of navigation to the last axis card's figures on screen, median of `runs`
 * loads in a fresh page each (the browser's HTTP cache is kept, as for a returning user).
 */
export async function dashboardRender(base, planId, email, password, runs = 5) {
  const browser = await chromium.launch({ executablePath: await chromiumPath(), args: FLAGS });
  try {
    const context = await browser.newContext({ baseURL: base, locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    const signIn = await context.request.post('/api/auth/login', { data: { email, password } });
    if (!signIn.ok()) throw new Error(`sign-in: ${signIn.status()}`);
    const times = [];
    for (let i = 0; i < runs + 1; i++) {
      const page = await context.newPage();
      await page.goto(`/plans/${planId}`);
      await page.locator('[aria-label="Avancement de l’axe 4"]').first().waitFor({ timeout: 30000 });
      const ms = await page.evaluate(() => performance.now());
      if (i > 0) times.push(ms);
      await page.close();
    }
    times.sort((a, b) => a - b);
    return { median: Math.round(times[Math.floor(times.length / 2)]), max: Math.round(times[times.length - 1]), runs };
  } finally {
    await browser.close();
  }
}
