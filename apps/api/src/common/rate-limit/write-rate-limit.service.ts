import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { tooManyRequests } from '../errors/app-error';

/** Above this many keys a replica stops remembering blocks (each is tiny, but an IP flood is not). */
const MAX_REMEMBERED = 10000;
/** About one write in this many also sweeps the counters of minutes long past. */
const SWEEP_EVERY = 1000;

/**
 * The write limit (non-GET requests) per session and per IP, counted per minute in PostgreSQL so
 * that every replica counts the same writes: one statement per write updates both counters. A key
 * found over its limit is remembered here until its minute ends, refused without a round trip.
 */
@Injectable()
export class WriteRateLimitService {
  private readonly blocked = new Map<string, number>();
  private writes = 0;

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

    // Sorted keys: two writes lock the same rows in the same order, never a deadlock.
    const keys = [...limits.keys()].sort();
    const rows = (await this.db.query(
      `INSERT INTO write_rate AS w (key, points, expires_at)
       SELECT k, 1, now() + interval '1 minute' FROM unnest($1::text[]) AS k
       ON CONFLICT (key) DO UPDATE SET
         points = CASE WHEN w.expires_at <= now() THEN 1 ELSE w.points + 1 END,
         expires_at = CASE WHEN w.expires_at <= now() THEN now() + interval '1 minute' ELSE w.expires_at END
       RETURNING key, points, extract(epoch FROM expires_at - now()) AS ttl`,
      [keys],
    )) as { key: string; points: number; ttl: string }[];
    this.sweepNowAndThen();
    for (const row of rows) {
      const ttl = Math.max(0.001, Number(row.ttl));
      if (row.points > (limits.get(row.key) ?? Infinity)) {
        if (this.blocked.size < MAX_REMEMBERED) this.blocked.set(row.key, now + ttl * 1000);
        wait = Math.max(wait, ttl);
      }
    }
    if (wait > 0) throw refusal(wait);
  }

  private sweepNowAndThen(): void {
    if (++this.writes % SWEEP_EVERY !== 0) return;
    this.db.query(`DELETE FROM write_rate WHERE expires_at < now() - interval '1 minute'`).catch(() => undefined);
  }
}

function refusal(seconds: number) {
  return tooManyRequests('Trop d’écritures en peu de temps', seconds);
}
