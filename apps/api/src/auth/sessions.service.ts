import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SessionPayload } from '@boussole/domain';
import type { Request } from 'express';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { notFound } from '../common/errors/app-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { EventsService } from '../events/events.service';
import { toCurrentUser } from '../users/user-payload';
import { UserEntity } from '../users/user.entity';
import type { RequestUser } from './request-user';
import { describeBrowser } from './session-browser';
import { SessionEntity } from './session.entity';
import { hashToken, newSessionToken, sessionCookieName, tokenOf } from './session-token';

/** Sliding sessions kept in PostgreSQL, so that any API replica recognises them. */
const TOUCH_EVERY_MS = 5 * 60 * 1000;
/**
 * How long a replica trusts a session it has just read, sparing a query per request. A sign-out
 * reaches every replica at once through NOTIFY; this bound only covers a lost notification.
 */
const TRUST_MS = 10 * 1000;
const MAX_TRUSTED = 10000;
const DAY_MS = 24 * 3600 * 1000;

@Injectable()
export class SessionsService implements OnModuleInit {
  private readonly trusted = new Map<string, { user: RequestUser; until: number }>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: EventsService,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.events.stream().subscribe((event) => {
      if (event.type === 'session.closed') this.forget((user) => user.sessionId === event.sessionId);
      if (event.type === 'user.sessions_closed') {
        this.forget((user) => user.id === event.userId && user.sessionId !== event.exceptSessionId);
      }
    });
  }

  private forget(matches: (user: RequestUser) => boolean): void {
    for (const [key, entry] of this.trusted) if (matches(entry.user)) this.trusted.delete(key);
  }

  /** The request's token, from its bearer or from the cookie of this mode's name. */
  tokenOf(request: Request): ReturnType<typeof tokenOf> {
    return tokenOf(request, sessionCookieName(this.config));
  }

  /** The idle lifetime, also the cookie's: never beyond the absolute one. */
  get ttlMs(): number {
    return Math.min(this.config.sessionTtlHours * 3600 * 1000, this.maxAgeMs);
  }

  private get maxAgeMs(): number {
    return this.config.sessionMaxDays * DAY_MS;
  }

  /** The next end of a session: idle TTL from now, but never past its absolute end. */
  private nextExpiry(createdAt: Date): Date {
    return new Date(Math.min(Date.now() + this.ttlMs, createdAt.getTime() + this.maxAgeMs));
  }

  async open(manager: EntityManager, userId: number, userAgent: string | undefined, idToken?: string): Promise<{ token: string; id: string }> {
    // The user's ended sessions are useless: drop them as a new one opens.
    await manager.query(
      `DELETE FROM sessions WHERE user_id = $1 AND (expires_at < now() OR created_at < now() - $2 * interval '1 millisecond')`,
      [userId, this.maxAgeMs],
    );
    const token = newSessionToken();
    const session = manager.create(SessionEntity, {
      userId,
      tokenHash: hashToken(token),
      expiresAt: this.nextExpiry(new Date()),
      userAgent: userAgent?.slice(0, 300) ?? null,
      idToken: idToken ?? null,
    });
    const saved = await manager.save(session);
    return { token, id: saved.id };
  }

  /**
   * The user of a session this replica has just read and still trusts, without a promise (the
   * cached-read door answers in the same tick); null when it must be read (userOfToken).
   */
  trustedUserOf(token: string): RequestUser | null {
    // Trusted by the token itself: hashing it on every request cost more than the rest of the lookup.
    // The map lives in this process's memory only, which sees every request's token anyway.
    const trusted = this.trusted.get(token);
    return trusted && trusted.until > Date.now() ? trusted.user : null;
  }

  async userOfToken(token: string): Promise<RequestUser | null> {
    const trusted = this.trustedUserOf(token);
    if (trusted) return trusted;
    const hash = hashToken(token);
    const session = await this.db
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .innerJoinAndMapOne('s.user', UserEntity, 'u', 'u.id = s.user_id AND u.active')
      .leftJoinAndSelect('u.unit', 'unit')
      // The absolute end holds even for a session whose expiry was set before it existed.
      .where(`s.token_hash = :hash AND s.expires_at > now() AND s.created_at > now() - :maxAge * interval '1 millisecond'`, {
        hash,
        maxAge: this.maxAgeMs,
      })
      .getOne();
    if (!session?.user) return null;
    const ends = this.nextExpiry(session.createdAt);
    if (Date.now() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await this.db.query(`UPDATE sessions SET last_seen_at = now(), expires_at = $2 WHERE id = $1`, [session.id, ends]);
    }
    const user = { ...toCurrentUser(session.user), sessionId: session.id };
    if (this.trusted.size >= MAX_TRUSTED) this.trusted.clear();
    this.trusted.set(token, { user, until: Math.min(Date.now() + TRUST_MS, session.expiresAt.getTime(), ends.getTime()) });
    return user;
  }

  async close(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.delete(SessionEntity, { id: sessionId });
    this.forget((user) => user.sessionId === sessionId);
    await this.events.publish(manager, { type: 'session.closed', sessionId });
  }

  /**
   * Ends every session of a user but `exceptSessionId` (deactivation, password change or reset),
   * on every replica at once: the deletion and the notification commit together.
   */
  async closeAllOf(manager: EntityManager, userId: number, exceptSessionId?: string): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .delete()
      .from(SessionEntity)
      .where('user_id = :userId', { userId })
      .andWhere(exceptSessionId ? 'id <> :exceptSessionId' : 'true', { exceptSessionId })
      .execute();
    this.forget((user) => user.id === userId && user.sessionId !== exceptSessionId);
    await this.events.publish(manager, { type: 'user.sessions_closed', userId, ...(exceptSessionId ? { exceptSessionId } : {}) });
    return result.affected ?? 0;
  }

  /**
   * Makes every replica read the user again at their next request (a new role, unit or region),
   * without signing them out: the same event makes them forget the sessions they trusted, and the
   * sessions still in the database are then read again with the user as they are now.
   */
  async refreshUser(manager: EntityManager, userId: number): Promise<void> {
    this.forget((user) => user.id === userId);
    await this.events.publish(manager, { type: 'user.sessions_closed', userId });
  }

  /**
   * When a session ends if nothing touches it, or why it has ended, read without touching it (an
   * open event stream is no activity): the event stream closes at that time.
   */
  async endOf(sessionId: string, userId: number): Promise<{ endsAt: Date } | { ended: 'signed_out' | 'expired' | 'deactivated' }> {
    const rows: { active: boolean; ends_at: Date | null; found: boolean }[] = await this.db.query(
      `SELECT u.active, s.id IS NOT NULL AS found,
              least(s.expires_at, s.created_at + $3 * interval '1 millisecond') AS ends_at
         FROM users u LEFT JOIN sessions s ON s.id = $1 AND s.user_id = u.id
        WHERE u.id = $2`,
      [sessionId, userId, this.maxAgeMs],
    );
    const row = rows[0];
    if (!row || !row.active) return { ended: 'deactivated' };
    if (!row.found || !row.ends_at) return { ended: 'signed_out' };
    return row.ends_at.getTime() <= Date.now() ? { ended: 'expired' } : { endsAt: row.ends_at };
  }

  /** The user's own live sessions, the one in use first, then the latest used. */
  async listOwn(user: RequestUser): Promise<SessionPayload[]> {
    const sessions = await this.db
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .where(`s.user_id = :userId AND s.expires_at > now() AND s.created_at > now() - :maxAge * interval '1 millisecond'`, {
        userId: user.id,
        maxAge: this.maxAgeMs,
      })
      .orderBy('s.last_seen_at', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .getMany();
    return sessions
      .map((s) => ({
        id: s.id,
        createdAt: s.createdAt.toISOString(),
        lastSeenAt: s.lastSeenAt.toISOString(),
        expiresAt: new Date(Math.min(s.expiresAt.getTime(), s.createdAt.getTime() + this.maxAgeMs)).toISOString(),
        browser: describeBrowser(s.userAgent),
        current: s.id === user.sessionId,
      }))
      .sort((a, b) => Number(b.current) - Number(a.current));
  }

  /**
   * Ends one of the user's own sessions; another user's is "not found", as one that does not exist.
   * Returns whether it was the session in use.
   */
  async endOwn(user: RequestUser, id: string): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const session = /^[1-9][0-9]{0,17}$/.test(id)
        ? await manager
            .getRepository(SessionEntity)
            .createQueryBuilder('s')
            .setLock('pessimistic_write')
            .where('s.id = :id AND s.user_id = :userId', { id, userId: user.id })
            .getOne()
        : null;
      if (!session) throw notFound('Session');
      await this.close(manager, session.id);
      await this.audit.record(manager, { actorId: user.id, verb: 'session.end', entityType: 'session', entityId: session.id });
      return session.id === user.sessionId;
    });
  }
}
