import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { Observable, Subject } from 'rxjs';
import { DataSource, EntityManager } from 'typeorm';

export interface BoussoleEvent {
  type: 'action.updated' | 'action.edited' | 'milestone.changed' | 'deployment.updated' | 'comment.changed' | 'measurement.added';
  planId: number;
  actionId: number;
}

const CHANNEL = 'boussole_events';

/**
 * Live updates through PostgreSQL LISTEN/NOTIFY: a write notifies inside its transaction (so only
 * committed writes are announced), and every API replica listening relays it to its clients.
 */
@Injectable()
export class EventsService implements OnModuleDestroy {
  private readonly subject = new Subject<BoussoleEvent>();
  private listener: Client | null = null;
  private connecting: Promise<void> | null = null;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async publish(manager: EntityManager, event: BoussoleEvent): Promise<void> {
    await manager.query(`SELECT pg_notify($1, $2)`, [CHANNEL, JSON.stringify(event)]);
  }

  /** The stream of events; the LISTEN connection opens with the first subscriber. */
  stream(): Observable<BoussoleEvent> {
    this.connecting ??= this.listen();
    return this.subject.asObservable();
  }

  private async listen(): Promise<void> {
    const options = this.db.options as { url?: string };
    const client = new Client({ connectionString: options.url });
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      try {
        this.subject.next(JSON.parse(message.payload) as BoussoleEvent);
      } catch {
        // a malformed payload is not ours: ignore it
      }
    });
    client.on('error', () => {
      // The connection dropped: the next subscriber reconnects.
      this.listener = null;
      this.connecting = null;
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.listener = client;
  }

  async onModuleDestroy(): Promise<void> {
    this.subject.complete();
    await this.listener?.end().catch(() => undefined);
  }
}
