import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { Observable, Subject, takeUntil } from 'rxjs';
import { DataSource, EntityManager } from 'typeorm';

/** A committed change of the plan's data, which live screens and read caches follow. */
export interface DataEvent {
  type: 'action.updated' | 'action.edited' | 'milestone.changed' | 'deployment.updated' | 'comment.changed' | 'measurement.added';
  planId: number;
  actionId: number;
}

/** An administration write: the plan's structure, an indicator or a cycle changed (no single action). */
export interface StructureEvent {
  type: 'plan.changed' | 'structure.changed' | 'indicator.changed' | 'cycle.changed';
  planId: number;
  /** The record written, e.g. `axis:12`, `action:40`, `indicator:3`, `cycle:7`. */
  record: string;
}

/** A session ended (sign-out): every replica forgets it at once. */
export interface SessionEvent {
  type: 'session.closed';
  sessionId: string;
}

/** All of a user's sessions ended (deactivation, password change): every replica forgets them at once. */
export interface UserSessionsEvent {
  type: 'user.sessions_closed';
  userId: number;
  /** A session kept open (the one that changed its own password), if any. */
  exceptSessionId?: string;
}

/** This replica's LISTEN connection came back: events may have been missed, so refetch everything. */
export interface ReconnectedEvent {
  type: 'stream.reconnected';
}

export type BoussoleEvent = DataEvent | StructureEvent | SessionEvent | UserSessionsEvent | ReconnectedEvent;

/** Events about the plan's data, which read caches and live screens follow (a reconnect is one: anything may have changed). */
export function isDataEvent(event: BoussoleEvent): event is DataEvent | StructureEvent | ReconnectedEvent {
  return event.type !== 'session.closed' && event.type !== 'user.sessions_closed';
}

/** The one NOTIFY channel; a write may notify in its own SQL statement (see status updates). */
export const EVENTS_CHANNEL = 'boussole_events';

/** The delay before the next LISTEN attempt grows from 0.5 s to 5 s while the database stays away. */
const RETRY_FIRST_MS = 500;
const RETRY_MAX_MS = 5000;

/**
 * Live updates through PostgreSQL LISTEN/NOTIFY: a write notifies inside its transaction (so only
 * committed writes are announced), and every API replica listening relays it to its clients. The
 * LISTEN connection is made again forever while it is down; when it comes back, `stream.reconnected`
 * says that events may have been missed.
 */
@Injectable()
export class EventsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Événements');
  private readonly subject = new Subject<BoussoleEvent>();
  /** Emits once when the replica drains (SIGTERM): every open stream ends, its clients go elsewhere. */
  private readonly draining = new Subject<void>();
  private listener: Client | null = null;
  private started = false;
  private everListened = false;
  private retryMs = RETRY_FIRST_MS;
  private retryTimer: NodeJS.Timeout | null = null;
  private closing = false;
  private clients = 0;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Listen from the start: the read cache must hear other replicas' writes even without SSE clients. */
  async onModuleInit(): Promise<void> {
    await this.start();
  }

  /** Whether this replica hears NOTIFY now (readiness): false while the connection is being made again. */
  get listening(): boolean {
    return this.listener !== null;
  }

  /** How many event streams this replica serves now (a metrics gauge). */
  get streamClients(): number {
    return this.clients;
  }

  async publish(manager: EntityManager, event: BoussoleEvent): Promise<void> {
    await manager.query(`SELECT pg_notify($1, $2)`, [EVENTS_CHANNEL, JSON.stringify(event)]);
  }

  /** The stream of committed writes' events, from every replica. */
  stream(): Observable<BoussoleEvent> {
    void this.start();
    return this.subject.asObservable();
  }

  /** One SSE client's stream of events, counted while it is open and ended when the replica drains. */
  clientStream(): Observable<BoussoleEvent> {
    return new Observable<BoussoleEvent>((subscriber) => {
      this.clients += 1;
      const subscription = this.stream().pipe(takeUntil(this.draining)).subscribe(subscriber);
      return () => {
        this.clients -= 1;
        subscription.unsubscribe();
      };
    });
  }

  /** Ends every open event stream (graceful shutdown); new ones are refused by readiness upstream. */
  endStreams(): void {
    this.draining.next();
  }

  private async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    await this.connect();
  }

  private async connect(): Promise<void> {
    this.retryTimer = null;
    if (this.closing) return;
    const options = this.db.options as { url?: string };
    const client = new Client({ connectionString: options.url, keepAlive: true, connectionTimeoutMillis: 5000 });
    client.on('notification', (message) => {
      if (message.channel !== EVENTS_CHANNEL || !message.payload) return;
      try {
        this.subject.next(JSON.parse(message.payload) as BoussoleEvent);
      } catch {
        // a malformed payload is not ours: ignore it
      }
    });
    let lost = false;
    const onLost = () => {
      if (lost) return;
      lost = true;
      if (this.listener === client) this.listener = null;
      client.end().catch(() => undefined);
      this.retryLater();
    };
    // The server killed or restarted: 'error' and/or 'end', then a new connection, however long it takes.
    client.on('error', onLost);
    client.on('end', onLost);
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    } catch (error) {
      if (!lost) this.logger.warn(`LISTEN impossible : ${error instanceof Error ? error.message : String(error)}`);
      onLost();
      return;
    }
    if (lost || this.closing) return;
    this.listener = client;
    this.retryMs = RETRY_FIRST_MS;
    if (this.everListened) {
      this.logger.log('LISTEN rétabli.');
      // What was notified while nobody listened is lost: caches and screens must read everything again.
      this.subject.next({ type: 'stream.reconnected' });
    }
    this.everListened = true;
  }

  private retryLater(): void {
    if (this.closing || this.retryTimer) return;
    const delay = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
    this.retryTimer = setTimeout(() => void this.connect(), delay);
    this.retryTimer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.draining.next();
    this.subject.complete();
    await this.listener?.end().catch(() => undefined);
    this.listener = null;
  }
}
