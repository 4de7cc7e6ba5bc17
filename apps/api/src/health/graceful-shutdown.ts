import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/** What the drain knows of each open connection: is a request on it, and since when is it idle. */
interface ConnectionState {
  busy: boolean;
  served: boolean;
  idleSince: number;
}

/** A connection accepted but still without a request this long is a browser's spare one. */
const UNUSED_GRACE_MS = 1_000;

const tracked = new WeakMap<Server, Map<Socket, ConnectionState>>();

/**
 * Follows the server's connections from the start, so that a drain tells an idle kept-alive
 * connection from one whose request has arrived but is not parsed yet (Node's own
 * `closeIdleConnections` cuts those: under load the client then loses a request it had sent).
 */
export function trackConnections(server: Server): void {
  if (tracked.has(server)) return;
  const connections = new Map<Socket, ConnectionState>();
  tracked.set(server, connections);
  server.on('connection', (socket: Socket) => {
    connections.set(socket, { busy: false, served: false, idleSince: Date.now() });
    socket.once('close', () => connections.delete(socket));
  });
  server.prependListener('request', (request, response) => {
    const state = connections.get(request.socket);
    if (!state) return;
    state.busy = true;
    state.served = true;
    response.once('close', () => {
      state.busy = false;
      state.idleSince = Date.now();
    });
  });
}

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
  const connections = tracked.get(server);
  const closeIdle = () => {
    if (!connections) return server.closeIdleConnections();
    const now = Date.now();
    const candidates = [...connections].filter(
      ([, state]) => !state.busy && (state.served || now - state.idleSince >= UNUSED_GRACE_MS),
    );
    // After the poll phase: a request whose bytes were waiting behind a busy event loop is parsed
    // first, and its connection is busy again by then.
    setImmediate(() => {
      for (const [socket, state] of candidates) if (!state.busy) socket.destroy();
    });
  };
  return new Promise<void>((resolve) => {
    const sweep = setInterval(closeIdle, 200);
    const force = setTimeout(() => server.closeAllConnections(), timeoutMs);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(force);
      resolve();
    });
    closeIdle();
  });
}
