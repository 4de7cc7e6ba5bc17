import { BeforeApplicationShutdown, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { tooManyRequests } from '../errors/app-error';

/** Above this many keys a replica stops remembering blocks and counters (each is tiny, but an IP flood is not). */
const MAX_REMEMBERED = 10000;
/** About one count in this many also sweeps the counters of minutes long past. */
const SWEEP_EVERY = 1000;
/** Writes counted in memory reach PostgreSQL within this delay. */
const FLUSH_MS = 1000;
/** A key is counted in memory only while it stays under this share of its limit. */
const BATCH_SHARE = 0.5;

/** What this replica knows of a key's minute. */
interface Counter {
  limit: number;
  /** The count PostgreSQL answered last, this replica's writes up to then included. */
  points: number;
  /** Writes counted here, not yet in PostgreSQL. */
  pending: number;
  /** When the key's minute ends (ms). */
  expiresAt: number;
}

/**
 * The write limit (non-GET requests) per session and per IP, counted per minute in PostgreSQL so
 * that every replica counts the same writes. A key far from its limit (under half of it, as last
 * read from PostgreSQL plus this replica's own writes since) is counted in memory and added to
 * PostgreSQL in one statement a second: the hot row of an IP no longer serialises every write with
 * its own commit. A key near its limit, or unknown here, is counted in PostgreSQL before the write,
 * as exactly as before. So another replica may let a key through by at most what it counted in
 * memory during its last second (never more than half the limit per replica) before it sees the
 * key near its limit. A key found over its limit is remembered until its minute ends, refused
 * without a round trip.
 */
@Injectable()
export class WriteRateLimitService implements BeforeApplicationShutdown {
  private readonly blocked = new Map<string, number>();
  private readonly counters = new Map<string, Counter>();
  private flushTimer: NodeJS.Timeout | null = null;
  private counts = 0;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Counts one write; throws a 429 with the wait when the session or the IP is over its limit. */
  async consume(sessionId: string | null, ip: string): Promise<void> {
    const limits = new Map<string, number>();
    if (sessionId && this.config.writeRateLimitSession > 0) limits.set(`session:${sessionId}`, this.config.writeRateLimitSession);
    if (this.config.writeRateLimitIp > 0) limits.set(`ip:${ip}`, this.config.writeRateLimitIp);
    if (limits.size === 0) return;

    const now = Date.now();
    let wait = 0;
    for (const key of limits.keys()) {
      const until = this.blocked.get(key);
      if (until !== undefined && until > now) wait = Math.max(wait, until - now);
      else if (until !== undefined) this.blocked.delete(key);
    }
    if (wait > 0) throw refusal(wait / 1000);

    const counters = [...limits].map(([key, limit]) => [key, this.counters.get(key), limit] as const);
    const inMemory = counters.every(
      ([, c, limit]) => c !== undefined && c.expiresAt > now + FLUSH_MS && c.points + c.pending + 1 <= limit * BATCH_SHARE,
    );
    if (inMemory) {
      for (const [, c] of counters) if (c) c.pending += 1;
      this.scheduleFlush();
      return;
    }
    // This write and what is pending for its keys, counted now.
    const increments = new Map(counters.map(([key, c]) => [key, (c?.pending ?? 0) + 1]));
    for (const [, c] of counters) if (c) c.pending = 0;
    wait = await this.count(increments, limits, now);
    if (wait > 0) throw refusal(wait);
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    await this.flush();
  }

  private scheduleFlush(): void {
    if (this.flushTimer) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = null;
      void this.flush();
    }, FLUSH_MS);
    this.flushTimer.unref();
  }

  /** Adds the writes counted in memory to PostgreSQL; forgets the counters of ended minutes. */
  private async flush(): Promise<void> {
    const now = Date.now();
    const increments = new Map<string, number>();
    const limits = new Map<string, number>();
    for (const [key, c] of this.counters) {
      if (c.pending > 0) {
        increments.set(key, c.pending);
        limits.set(key, c.limit);
        c.pending = 0;
      }
    }
    this.forgetEnded(now);
    if (increments.size === 0) return;
    try {
      await this.count(increments, limits, now);
    } catch {
      // PostgreSQL unreachable: the writes stay counted here, for the next flush.
      for (const [key, n] of increments) {
        const c = this.counters.get(key);
        if (c) c.pending += n;
      }
      this.scheduleFlush();
    }
  }

  /** One statement adds `increments` to the keys' counters; returns the wait (s) when one is over its limit. */
  private async count(increments: Map<string, number>, limits: Map<string, number>, now: number): Promise<number> {
    // Sorted keys: two statements lock the same rows in the same order, never a deadlock.
    const keys = [...increments.keys()].sort();
    const rows = (await this.db.query(
      `INSERT INTO write_rate AS w (key, points, expires_at)
       SELECT k, n, now() + interval '1 minute' FROM unnest($1::text[], $2::int[]) AS t(k, n)
       ON CONFLICT (key) DO UPDATE SET
         points = CASE WHEN w.expires_at <= now() THEN excluded.points ELSE w.points + excluded.points END,
         expires_at = CASE WHEN w.expires_at <= now() THEN now() + interval '1 minute' ELSE w.expires_at END
       RETURNING key, points, extract(epoch FROM expires_at - now()) AS ttl`,
      [keys, keys.map((k) => increments.get(k))],
    )) as { key: string; points: number; ttl: string }[];
    this.sweepNowAndThen();
    if (this.counters.size >= MAX_REMEMBERED) this.forgetEnded(now);
    let wait = 0;
    for (const row of rows) {
      const ttl = Math.max(0.001, Number(row.ttl));
      const limit = limits.get(row.key) ?? Infinity;
      const known = this.counters.get(row.key);
      if (known) Object.assign(known, { points: row.points, expiresAt: now + ttl * 1000, limit });
      else if (this.counters.size < MAX_REMEMBERED) this.counters.set(row.key, { limit, points: row.points, pending: 0, expiresAt: now + ttl * 1000 });
      if (row.points > limit) {
        if (this.blocked.size < MAX_REMEMBERED) this.blocked.set(row.key, now + ttl * 1000);
        wait = Math.max(wait, ttl);
      }
    }
    return wait;
  }

  private forgetEnded(now: number): void {
    for (const [key, c] of this.counters) if (c.pending === 0 && c.expiresAt <= now) this.counters.delete(key);
  }

  private sweepNowAndThen(): void {
    if (++this.counts % SWEEP_EVERY !== 0) return;
    this.db.query(`DELETE FROM write_rate WHERE expires_at < now() - interval '1 minute'`).catch(() => undefined);
  }
}

function refusal(seconds: number) {
  return tooManyRequests('Trop d’écritures en peu de temps', seconds);
}
