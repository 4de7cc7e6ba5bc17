import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { Observable, Subject } from 'rxjs';
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

export type BoussoleEvent = DataEvent | StructureEvent | SessionEvent | UserSessionsEvent;

/** Events about the plan's data, which read caches and live screens follow. */
export function isDataEvent(event: BoussoleEvent): event is DataEvent | StructureEvent {
  return event.type !== 'session.closed' && event.type !== 'user.sessions_closed';
}

/** The one NOTIFY channel; a write may notify in its own SQL statement (see status updates). */
export const EVENTS_CHANNEL = 'boussole_events';

/**
 * Live updates through PostgreSQL LISTEN/NOTIFY: a write notifies inside its transaction (so only
 * committed writes are announced), and every API replica listening relays it to its clients.
 */
@Injectable()
export class EventsService implements OnModuleInit, OnModuleDestroy {
  private readonly subject = new Subject<BoussoleEvent>();
  private listener: Client | null = null;
  private connecting: Promise<void> | null = null;
  private closing = false;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Listen from the start: the read cache must hear other replicas' writes even without SSE clients. */
  async onModuleInit(): Promise<void> {
    this.connecting ??= this.listen();
    await this.connecting;
  }

  async publish(manager: EntityManager, event: BoussoleEvent): Promise<void> {
    await manager.query(`SELECT pg_notify($1, $2)`, [EVENTS_CHANNEL, JSON.stringify(event)]);
  }

  /** The stream of committed writes' events, from every replica. */
  stream(): Observable<BoussoleEvent> {
    this.connecting ??= this.listen();
    return this.subject.asObservable();
  }

  private async listen(): Promise<void> {
    const options = this.db.options as { url?: string };
    const client = new Client({ connectionString: options.url });
    client.on('notification', (message) => {
      if (message.channel !== EVENTS_CHANNEL || !message.payload) return;
      try {
        this.subject.next(JSON.parse(message.payload) as BoussoleEvent);
      } catch {
        // a malformed payload is not ours: ignore it
      }
    });
    client.on('error', () => {
      if (this.closing) return;
      // The connection dropped: reconnect soon, and meanwhile trust no cached answer.
      this.listener = null;
      this.connecting = null;
      this.subject.next({ type: 'action.updated', planId: 0, actionId: 0 });
      setTimeout(() => void (this.connecting ??= this.listen().catch(() => undefined)), 1000).unref();
    });
    await client.connect();
    await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    this.listener = client;
  }

  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    this.subject.complete();
    await this.listener?.end().catch(() => undefined);
  }
}
