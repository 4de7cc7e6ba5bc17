import { Injectable, OnModuleInit } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { filter } from 'rxjs';
import { EventsService, isDataEvent } from '../../events/events.service';
import { MetricsService } from '../../metrics/metrics.service';

export interface CachedJson {
  body: Buffer;
  /** The same body gzipped once, for the clients that accept it (every browser does). */
  gzipped: Buffer;
  etag: string;
  headers: Record<string, string>;
}

const MAX_ENTRIES = 300;

/**
 * Serialised answers of the heavy reads (roll-ups, action lists), kept until the data changes.
 * Any write ends the current generation: this process's writes through the write interceptor, the
 * other replicas' through PostgreSQL NOTIFY. So figures stay computed on write (the first read after
 * a write computes them), never by a batch, and a page of 2,000 actions is not re-aggregated for
 * every reader.
 */
@Injectable()
export class ReadCache implements OnModuleInit {
  private generation = 0;
  private readonly entries = new Map<string, { generation: number; value: CachedJson }>();
  /** Answers being computed: fifty readers arriving together wait for one computation. */
  private readonly pending = new Map<string, Promise<CachedJson>>();

  constructor(
    private readonly events: EventsService,
    private readonly metrics: MetricsService,
  ) {}

  onModuleInit(): void {
    this.events.stream().pipe(filter(isDataEvent)).subscribe(() => this.invalidate());
  }

  invalidate(): void {
    this.generation += 1;
    this.entries.clear();
  }

  json(key: string, compute: () => Promise<unknown>): Promise<CachedJson> {
    return this.answer(key, async () => ({ body: await compute() }));
  }

  /** An answer with headers of its own (e.g. X-Total-Count), kept and replayed with it. */
  async answer(key: string, compute: () => Promise<{ body: unknown; headers?: Record<string, string> }>): Promise<CachedJson> {
    const hit = this.entries.get(key);
    // A hit is an answer given without computing: kept, or joined while another reader computes it.
    if (hit && hit.generation === this.generation) {
      this.metrics.readCache(key, true);
      return hit.value;
    }
    const pendingKey = `${this.generation}:${key}`;
    const pending = this.pending.get(pendingKey);
    this.metrics.readCache(key, pending !== undefined);
    if (pending) return pending;
    const computing = this.compute(key, compute);
    this.pending.set(pendingKey, computing);
    try {
      return await computing;
    } finally {
      this.pending.delete(pendingKey);
    }
  }

  private async compute(key: string, compute: () => Promise<{ body: unknown; headers?: Record<string, string> }>): Promise<CachedJson> {
    const generation = this.generation;
    const computed = await compute();
    const body = Buffer.from(JSON.stringify(computed.body));
    const value = {
      body,
      gzipped: gzipSync(body, { level: 6 }),
      etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
      headers: computed.headers ?? {},
    };
    // A write that landed while computing has made this answer old: don't keep it.
    if (generation === this.generation) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
      this.entries.set(key, { generation, value });
    }
    return value;
  }
}
