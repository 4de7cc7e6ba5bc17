import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * The API specs' test OpenID provider (apps/api/src/test/support/oidc-provider.mjs, oidc-provider in
 * a child process), for the ProConnect journey: `next({ account })` chooses who its login signs in.
 */
export async function startOpenIdProvider(options: {
  port: number;
  client: { client_id: string; client_secret: string; redirect_uris: string[]; post_logout_redirect_uris: string[] };
  accounts: Record<string, { email: string; given_name?: string; usual_name?: string; uid?: string }>;
}): Promise<{ issuer: string; next(controls: { account: string }): Promise<void>; stop(): Promise<void> }> {
  const script = resolve(__dirname, '../../../apps/api/src/test/support/oidc-provider.mjs');
  const child = spawn(process.execPath, [script], {
    env: {
      ...process.env,
      OIDC_TEST_STOP_WITH_STDIN: '1',
      OIDC_TEST_PORT: String(options.port),
      OIDC_TEST_CONFIG: JSON.stringify({
        clients: [{ ...options.client, response_types: ['code'], grant_types: ['authorization_code'] }],
        accounts: options.accounts,
      }),
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  await new Promise<void>((done, fail) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (/READY \d+/.test(out)) done();
    });
    child.once('exit', (code) => fail(new Error(`the test OpenID provider exited (${code}): ${errors}`)));
  });
  const issuer = `http://127.0.0.1:${options.port}`;
  return {
    issuer,
    next: async (controls) => {
      const response = await fetch(`${issuer}/test/next`, { method: 'POST', body: JSON.stringify(controls) });
      if (!response.ok) throw new Error(`test provider controls: ${response.status}`);
    },
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.stdin?.end();
      }),
  };
}
