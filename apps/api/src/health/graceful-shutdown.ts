import type { Server } from 'node:http';

/**
 * Drains an HTTP server: no new connection, a kept-alive connection's next answer says
 * `Connection: close`, idle connections are closed, in-flight requests finish (up to `timeoutMs`,
 * then every connection is cut). Resolves once no connection is left.
 */
export function drainHttpServer(server: Server, timeoutMs = 20_000): Promise<void> {
  // Before Express: every request that still arrives on an open connection closes it after its answer.
  server.prependListener('request', (_request, response) => {
    response.shouldKeepAlive = false;
    if (!response.headersSent) response.setHeader('Connection', 'close');
  });
  return new Promise<void>((resolve) => {
    // A connection that finished its request between two sweeps is idle: close it.
    const sweep = setInterval(() => server.closeIdleConnections(), 200);
    const force = setTimeout(() => server.closeAllConnections(), timeoutMs);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}
