// A real OpenID provider for the ProConnect tests (oidc-provider, ESM only: hence a child process).
// Configured by OIDC_TEST_CONFIG (JSON): { clients: [...], accounts: { <sub>: { email, given_name, usual_name, uid } } }.
// Prints "READY <port>" once it listens. Its test controls (POST /test/next, JSON):
//   { account: <sub> }      who the next login interaction signs in, without a form;
//   { nonce: "<value>" }    the next authorization request's nonce is replaced (the ID token then carries another one);
//   { codeTtl: <seconds> }  the authorization codes' lifetime from now on;
//   { accounts: {...} }     claims merged into the accounts (e.g. a changed e-mail).
// Started by a test (OIDC_TEST_STOP_WITH_STDIN=1), it stops when its parent closes its stdin; by hand, with Ctrl-C.
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const config = JSON.parse(process.env.OIDC_TEST_CONFIG ?? '{}');
const accounts = { ...(config.accounts ?? {}) };
const controls = { account: Object.keys(accounts)[0] ?? null, nonce: null, codeTtl: 60 };

let provider;
const server = createServer((req, res) => {
  handle(req, res).catch((error) => {
    res.statusCode = 500;
    res.end(String(error?.stack ?? error));
  });
});

async function handle(req, res) {
  const url = new URL(req.url, 'http://localhost');
  if (req.method === 'POST' && url.pathname === '/test/next') {
    const body = JSON.parse(await readBody(req));
    if ('account' in body) controls.account = body.account;
    if ('nonce' in body) controls.nonce = body.nonce;
    if ('codeTtl' in body) controls.codeTtl = body.codeTtl;
    for (const [sub, claims] of Object.entries(body.accounts ?? {})) accounts[sub] = { ...accounts[sub], ...claims };
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(controls));
    return;
  }
  if (url.pathname.startsWith('/interaction/')) {
    await interact(req, res);
    return;
  }
  if (url.pathname === '/auth' && controls.nonce !== null && url.searchParams.has('nonce')) {
    url.searchParams.set('nonce', controls.nonce);
    controls.nonce = null;
    req.url = `${url.pathname}${url.search}`;
  }
  provider.callback()(req, res);
}

/** Logs the chosen account in, and grants what the client asked, without any form. */
async function interact(req, res) {
  const details = await provider.interactionDetails(req, res);
  if (details.prompt.name === 'login') {
    if (!controls.account || !accounts[controls.account]) {
      await provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'no account chosen' }, { mergeWithLastSubmission: false });
      return;
    }
    await provider.interactionFinished(req, res, { login: { accountId: controls.account } }, { mergeWithLastSubmission: false });
    return;
  }
  const grant = details.grantId
    ? await provider.Grant.find(details.grantId)
    : new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id });
  const missing = details.prompt.details;
  if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
  if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
  if (missing.missingResourceScopes) {
    for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes)) grant.addResourceScope(indicator, scopes.join(' '));
  }
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    let data = '';
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => resolve(data || '{}'));
    req.on('error', reject);
  });
}

server.listen(Number(process.env.OIDC_TEST_PORT ?? 0), '127.0.0.1', () => {
  const { port } = server.address();
  provider = new Provider(`http://127.0.0.1:${port}`, {
    clients: config.clients ?? [],
    claims: { openid: ['sub'], email: ['email'], given_name: ['given_name'], usual_name: ['usual_name'], uid: ['uid'] },
    async findAccount(_ctx, sub) {
      if (!accounts[sub]) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...accounts[sub] }) };
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
    pkce: { required: () => true, methods: ['S256'] },
    ttl: { AuthorizationCode: () => controls.codeTtl },
    cookies: { keys: ['boussole-test-provider'] },
  });
  // Its dev signing keys and plain HTTP are what a test wants; the warnings are not.
  provider.on('server_error', (_ctx, error) => console.error('provider error', error));
  console.log(`READY ${port}`);
});

if (process.env.OIDC_TEST_STOP_WITH_STDIN === '1') {
  process.stdin.on('end', () => process.exit(0));
  process.stdin.resume();
}
