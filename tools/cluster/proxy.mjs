// The cluster's reverse proxy (http-proxy), what nginx is in docker-compose: round-robin over the
// replicas; a request whose connection a replica refuses (nothing was sent) goes to the next one;
// any other upstream failure answers 502 in French. Bodies are read first so that a retry can send
// them again; answers are streamed as they come (server-sent events are not buffered).
import http from 'node:http';
import { Readable } from 'node:stream';
import httpProxy from 'http-proxy';

const BODY_LIMIT = 64 * 1024 * 1024;
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS']);

export function startProxy({ port = 0, targets, host = '127.0.0.1' }) {
  // One connection per request: a kept-alive socket to a replica that was just killed would fail
  // with ECONNRESET after the request left, where a fresh one is simply refused and retried.
  const agent = new http.Agent({ keepAlive: false });
  const proxy = httpProxy.createProxyServer({ xfwd: true, agent, proxyTimeout: 0 });
  let next = 0;
  // http-proxy 1.18 listens for the request's 'aborted', which Node 16+ no longer emits once the
  // request was read: a client leaving an event stream would leave its upstream open for ever (and the
  // replica unable to drain). The answer's 'close' before its end says it for sure.
  proxy.on('proxyReq', (proxyReq, req, res) => {
    res.once('close', () => {
      if (!res.writableFinished) proxyReq.destroy();
    });
  });

  const server = http.createServer((req, res) => {
    // This proxy is the edge: what a client says about its own address is not believed.
    for (const name of ['x-forwarded-for', 'x-forwarded-proto', 'x-forwarded-host', 'x-forwarded-port']) delete req.headers[name];
    readBody(req)
      .then((body) => {
        const first = next++ % targets.length;
        forward(req, res, body, first, 0);
      })
      .catch(() => answer(res, 413, 'Requête trop volumineuse', 'Le corps de la requête dépasse la taille acceptée par le mandataire.'));
  });
  // Long-lived event streams must not be cut by the server's own timeouts.
  server.requestTimeout = 0;
  server.headersTimeout = 60_000;

  const forward = (req, res, body, first, tried) => {
    const target = targets[(first + tried) % targets.length];
    proxy.web(req, res, { target, buffer: Readable.from(body.length ? [body] : []) }, (error) => {
      // A refused connection carried nothing; a reset one before any answer may have been in a
      // stopping replica's accept queue: a read is then safe to send again (nginx does the same).
      const retry = error?.code === 'ECONNREFUSED' || (error?.code === 'ECONNRESET' && IDEMPOTENT.has(req.method) && !res.headersSent);
      if (retry && tried + 1 < targets.length) {
        forward(req, res, body, first, tried + 1);
        return;
      }
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const refused = error?.code === 'ECONNREFUSED';
      answer(
        res,
        502,
        'Mauvaise passerelle',
        refused
          ? 'Aucune instance de Boussole ne répond : réessayez dans quelques instants.'
          : 'L’instance de Boussole qui traitait la requête n’a pas répondu : réessayez dans quelques instants.',
      );
    });
  };

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: bound } = server.address();
      resolve({
        port: bound,
        url: `http://127.0.0.1:${bound}`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            // Event streams would keep it open for ever.
            server.closeAllConnections();
            proxy.close();
          }),
      });
    });
  });
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > BODY_LIMIT) {
        reject(new Error('too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function answer(res, statusCode, error, message) {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(statusCode, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ statusCode, error, message }));
}
