import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { EventsService } from '../events/events.service';
import { toCurrentUser } from '../users/user-payload';
import { UserEntity } from '../users/user.entity';
import type { RequestUser } from './request-user';
import { SessionEntity } from './session.entity';
import { hashToken, newSessionToken } from './session-token';

/** Sliding sessions kept in PostgreSQL, so that any API replica recognises them. */
const TOUCH_EVERY_MS = 5 * 60 * 1000;
/**
 * How long a replica trusts a session it has just read, sparing a query per request. A sign-out
 * reaches every replica at once through NOTIFY; this bound only covers a lost notification.
 */
const TRUST_MS = 10 * 1000;
const MAX_TRUSTED = 10000;

@Injectable()
export class SessionsService implements OnModuleInit {
  private readonly trusted = new Map<string, { user: RequestUser; until: number }>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: EventsService,
  ) {}

  onModuleInit(): void {
    this.events.stream().subscribe((event) => {
      if (event.type === 'session.closed') this.forget(event.sessionId);
    });
  }

  private forget(sessionId: string): void {
    for (const [key, entry] of this.trusted) if (entry.user.sessionId === sessionId) this.trusted.delete(key);
  }

  get ttlMs(): number {
    return this.config.sessionTtlHours * 3600 * 1000;
  }

  async open(manager: EntityManager, userId: number, userAgent: string | undefined): Promise<{ token: string; id: string }> {
    // The user's expired sessions are useless: drop them as a new one opens.
    await manager.query(`DELETE FROM sessions WHERE user_id = $1 AND expires_at < now()`, [userId]);
    const token = newSessionToken();
    const session = manager.create(SessionEntity, {
      userId,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + this.ttlMs),
      userAgent: userAgent?.slice(0, 300) ?? null,
    });
    const saved = await manager.save(session);
    return { token, id: saved.id };
  }

  async userOfToken(token: string): Promise<RequestUser | null> {
    const hash = hashToken(token);
    const key = hash.toString('base64');
    const trusted = this.trusted.get(key);
    if (trusted && trusted.until > Date.now()) return trusted.user;
    const session = await this.db
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .innerJoinAndMapOne('s.user', UserEntity, 'u', 'u.id = s.user_id AND u.active')
      .leftJoinAndSelect('u.unit', 'unit')
      .where('s.token_hash = :hash AND s.expires_at > now()', { hash })
      .getOne();
    if (!session?.user) return null;
    if (Date.now() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await this.db.query(`UPDATE sessions SET last_seen_at = now(), expires_at = $2 WHERE id = $1`, [
        session.id,
        new Date(Date.now() + this.ttlMs),
      ]);
    }
    const user = { ...toCurrentUser(session.user), sessionId: session.id };
    if (this.trusted.size >= MAX_TRUSTED) this.trusted.clear();
    this.trusted.set(key, { user, until: Math.min(Date.now() + TRUST_MS, session.expiresAt.getTime()) });
    return user;
  }

  async close(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.delete(SessionEntity, { id: sessionId });
    this.forget(sessionId);
    await this.events.publish(manager, { type: 'session.closed', sessionId });
  }
}
