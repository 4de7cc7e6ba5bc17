import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface TestAccount {
  email: string;
  given_name?: string;
  usual_name?: string;
  uid?: string;
}

export interface TestProvider {
  /** The issuer, e.g. http://127.0.0.1:41234 */
  issuer: string;
  /** The provider's test controls (see oidc-provider.mjs): next account, nonce, code lifetime, accounts' claims. */
  next(controls: { account?: string | null; nonce?: string; codeTtl?: number; accounts?: Record<string, Partial<TestAccount>> }): Promise<void>;
  stop(): Promise<void>;
}

/** Starts the test OpenID provider in a child process and waits until its discovery document answers. */
export async function startTestProvider(options: {
  client: { client_id: string; client_secret: string; redirect_uris: string[]; post_logout_redirect_uris: string[] };
  accounts: Record<string, TestAccount>;
  port?: number;
}): Promise<TestProvider> {
  const child: ChildProcess = spawn(process.execPath, [join(__dirname, 'oidc-provider.mjs')], {
    env: {
      ...process.env,
      OIDC_TEST_CONFIG: JSON.stringify({ clients: [{ ...options.client, response_types: ['code'], grant_types: ['authorization_code'] }], accounts: options.accounts }),
      OIDC_TEST_STOP_WITH_STDIN: '1',
      OIDC_TEST_PORT: String(options.port ?? 0),
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /READY (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`the test OpenID provider exited (${code}): ${errors}`)));
  });
  const issuer = `http://127.0.0.1:${port}`;
  const discovery = await fetch(`${issuer}/.well-known/openid-configuration`);
  if (discovery.status !== 200) throw new Error(`the test OpenID provider's discovery answered ${discovery.status}`);
  return {
    issuer,
    next: async (controls) => {
      const response = await fetch(`${issuer}/test/next`, { method: 'POST', body: JSON.stringify(controls) });
      if (response.status !== 200) throw new Error(`test provider controls: ${response.status}`);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.stdin?.end();
      }),
  };
}
