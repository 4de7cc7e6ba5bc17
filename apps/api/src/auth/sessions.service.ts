import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { toCurrentUser } from '../users/user-payload';
import { UserEntity } from '../users/user.entity';
import type { RequestUser } from './request-user';
import { SessionEntity } from './session.entity';
import { hashToken, newSessionToken } from './session-token';

/** Sliding sessions kept in PostgreSQL, so that any API replica recognises them. */
const TOUCH_EVERY_MS = 5 * 60 * 1000;

@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

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
    const session = await this.db
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .innerJoinAndMapOne('s.user', UserEntity, 'u', 'u.id = s.user_id AND u.active')
      .leftJoinAndSelect('u.unit', 'unit')
      .where('s.token_hash = :hash AND s.expires_at > now()', { hash: hashToken(token) })
      .getOne();
    if (!session?.user) return null;
    if (Date.now() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await this.db.query(`UPDATE sessions SET last_seen_at = now(), expires_at = $2 WHERE id = $1`, [
        session.id,
        new Date(Date.now() + this.ttlMs),
      ]);
    }
    return { ...toCurrentUser(session.user), sessionId: session.id };
  }

  async close(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.delete(SessionEntity, { id: sessionId });
  }
}
