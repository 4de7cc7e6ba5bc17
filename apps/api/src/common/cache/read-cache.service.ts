import { Injectable, OnModuleInit } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { IncomingHttpHeaders } from 'node:http';
import { filter } from 'rxjs';
import { EventsService, isDataEvent } from '../../events/events.service';
import { MetricsService } from '../../metrics/metrics.service';
import { AnsweredUrls, type DoorAnswer, type DoorCache } from './cached-read-door';

export interface CachedJson {
  body: Buffer;
  /** The same body gzipped once, for the clients that accept it (every browser does). */
  gzipped: Buffer;
  etag: string;
  headers: Record<string, string>;
}

/** Who reads, as far as the cache cares: what they asked for and whose session it is. */
export interface Reader {
  headers: IncomingHttpHeaders;
  /** Set by the access guard on every signed-in request. */
  user?: { sessionId: string };
}

type Compute = () => Promise<{ body: unknown; headers?: Record<string, string> }>;

const MAX_ENTRIES = 300;

/**
 * How long an answer may still be served once a write has superseded it, while its recomputation
 * runs. Half of the freshness budget (a write visible to every reader within 1 s, DESIGN §7): a
 * reader may get an answer that misses writes of the last 0.5 s at most, and the recomputation it
 * started (11 ms at 1×, 40 ms at 4×) plus the NOTIFY to the other replicas stay well within the
 * other half. Past it the reader waits for the recomputation, as with no cache at all.
 */
export const FRESHNESS_BOUND_MS = 500;

/** Sessions whose last write is remembered for read-your-writes: the oldest are forgotten first. */
const MAX_WRITERS = 1000;

/** A request that asks for figures computed after every write known here, not a recent answer. */
const NO_CACHE = /\bno-cache\b/i;

interface Entry {
  /** The generation current when its computation started: it holds every write that ended an older one. */
  generation: number;
  value: CachedJson;
  /** How it was computed: the door, which has no route to run, recomputes a previous answer with it. */
  compute: Compute;
}

interface Flight {
  generation: number;
  promise: Promise<CachedJson>;
}

/**
 * Serialised answers of the heavy reads (roll-ups, action lists), kept until the data changes.
 * Any write ends the current generation: this process's writes as their answer leaves
 * (write-invalidation.ts), the other replicas' through PostgreSQL NOTIFY. So figures stay computed
 * on write, never by a batch, and a page of 2,000 actions is not re-aggregated for every reader.
 *
 * Stale while revalidate: when a write has ended an answer's generation, the next reader starts
 * one recomputation, and it and the readers after it get the previous answer at once, as long as
 * it was superseded less than FRESHNESS_BOUND_MS ago; the new answer replaces it when done. So at
 * 50 writes a second readers do not all wait for a recomputation that a write ends again. Fresh
 * figures are owed, and waited for, when the request says `Cache-Control: no-cache` (or `Pragma`),
 * and when the reader's own session wrote since the answer was computed (read your writes): a
 * person sees their own update at once, and the others within the bound.
 */
@Injectable()
export class ReadCache implements OnModuleInit, DoorCache {
  private generation = 0;
  private readonly entries = new Map<string, Entry>();
  /** The latest computation started for a key: fifty readers arriving together wait for one. */
  private readonly flights = new Map<string, Flight>();
  /** When each recent generation ended (ms), oldest first; older than the bound, forgotten. */
  private readonly endedAt = new Map<number, number>();
  /** Session → the generation its last write started; the oldest writers are forgotten first. */
  private readonly writers = new Map<string, number>();
  /** The URLs answered, for the cached-read door (cached-read-door.ts). */
  readonly urls = new AnsweredUrls();

  constructor(
    private readonly events: EventsService,
    private readonly metrics: MetricsService,
  ) {}

  onModuleInit(): void {
    this.events
      .stream()
      .pipe(filter(isDataEvent))
      .subscribe((event) => {
        // Back from a lost LISTEN: writes of other replicas may have been missed for longer than the bound.
        if (event.type === 'stream.reconnected') this.entries.clear();
        this.invalidate();
      });
  }

  /**
   * Ends the current generation: a write committed. `sessionId`, the writer's session, is owed
   * answers computed after this write from now on.
   */
  invalidate(sessionId?: string): void {
    const now = Date.now();
    this.endedAt.set(this.generation, now);
    this.generation += 1;
    for (const [generation, ended] of this.endedAt) {
      if (now - ended < FRESHNESS_BOUND_MS) break;
      this.endedAt.delete(generation);
    }
    if (sessionId !== undefined) {
      this.writers.delete(sessionId);
      if (this.writers.size >= MAX_WRITERS) this.writers.delete(this.writers.keys().next().value as string);
      this.writers.set(sessionId, this.generation);
    }
  }

  json(key: string, compute: () => Promise<unknown>, reader: Reader): Promise<CachedJson> {
    return this.answer(key, async () => ({ body: await compute() }), reader);
  }

  /** An answer with headers of its own (e.g. X-Total-Count), kept and replayed with it. */
  async answer(key: string, compute: Compute, reader: Reader): Promise<CachedJson> {
    const current = this.generation;
    this.urls.remember(reader, key);
    const entry = this.entries.get(key);
    // A hit is an answer given without computing: kept, served while it is recomputed, or joined.
    if (entry && entry.generation === current) {
      this.metrics.readCache(key, true);
      return entry.value;
    }
    const owed = this.owedGeneration(reader);
    const flight = this.flights.get(key);
    if (entry && this.mayServe(entry.generation, owed)) {
      this.servePrevious(key, compute);
      this.metrics.readCache(key, true);
      return entry.value;
    }
    if (entry && !this.recent(entry.generation)) this.entries.delete(key);
    if (flight && this.mayServe(flight.generation, owed)) {
      this.metrics.readCache(key, true);
      return flight.promise;
    }
    this.metrics.readCache(key, false);
    return this.fly(key, compute).promise;
  }

  /** A previous answer is served: one recomputation at a time; if a write lands meanwhile, the next reader starts another. */
  private servePrevious(key: string, compute: Compute): void {
    if (!this.flights.has(key)) this.fly(key, compute);
    this.metrics.readCacheStale(key);
  }

  /** The oldest generation this reader may be answered from. */
  private owedGeneration(reader: Reader): number {
    const { headers } = reader;
    if (NO_CACHE.test(headers['cache-control'] ?? '') || NO_CACHE.test(String(headers.pragma ?? ''))) return this.generation;
    const sessionId = reader.user?.sessionId;
    return (sessionId !== undefined ? this.writers.get(sessionId) : undefined) ?? 0;
  }

  /** Whether an answer of `generation` may be given to a reader owed `owed`: by the route and by the door alike. */
  private mayServe(generation: number, owed: number): boolean {
    return generation >= owed && this.recent(generation);
  }

  /** The current generation, or one superseded less than FRESHNESS_BOUND_MS ago. */
  private recent(generation: number): boolean {
    if (generation === this.generation) return true;
    const ended = this.endedAt.get(generation);
    return ended !== undefined && Date.now() - ended < FRESHNESS_BOUND_MS;
  }

  private fly(key: string, compute: Compute): Flight {
    const generation = this.generation;
    const flight: Flight = { generation, promise: this.compute(key, generation, compute) };
    this.flights.set(key, flight);
    const land = () => {
      if (this.flights.get(key) === flight) this.flights.delete(key);
    };
    flight.promise.then(land, land);
    return flight;
  }

  /**
   * The door's question: the answer already given at this URL that this reader may have, by the
   * rules of `answer`: the current generation's, or the previous one while it is recomputed. Without
   * a reader (the door's first look, before the session is read), whether there may be one.
   */
  answeredAt(url: string, reader?: Reader): DoorAnswer | undefined {
    const known = this.urls.at(url);
    const entry = known && this.entries.get(known.key);
    if (!entry) return undefined;
    if (entry.generation === this.generation) return { ...known, value: entry.value };
    if (!this.recent(entry.generation)) return undefined;
    if (!reader) return { ...known, value: entry.value };
    if (!this.mayServe(entry.generation, this.owedGeneration(reader))) return undefined;
    this.servePrevious(known.key, entry.compute);
    return { ...known, value: entry.value };
  }

  private async compute(key: string, generation: number, compute: Compute): Promise<CachedJson> {
    const computed = await compute();
    const body = Buffer.from(JSON.stringify(computed.body));
    const value = {
      body,
      gzipped: gzipSync(body, { level: 6 }),
      etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
      headers: computed.headers ?? {},
    };
    // Kept even if a write landed meanwhile: it is then the previous answer, newer than the one it replaces.
    const kept = this.entries.get(key);
    if (!kept || kept.generation < generation) {
      this.entries.delete(key);
      if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
      this.entries.set(key, { generation, value, compute });
    }
    return value;
  }
}
