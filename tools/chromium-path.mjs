// The Chromium that the journeys and the bench drive: CHROMIUM_PATH if set, else Debian's
// /usr/bin/chromium when installed, else the Chromium shipped inside the @sparticuz/chromium npm
// package (unpacked to /tmp/chromium on first use), so that no browser must be installed by hand.
// Plain ESM, loaded natively: the package is ESM-only, which Jest's own module loader cannot require.
import { existsSync } from 'node:fs';

export async function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const { default: packaged } = await import('@sparticuz/chromium');
  return packaged.executablePath();
}
