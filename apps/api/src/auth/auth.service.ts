import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LoginResponse } from '@boussole/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/errors/app-error';
import { toCurrentUser } from '../users/user-payload';
import { UserEntity } from '../users/user.entity';
import { decoyHash, verifyPassword } from './passwords';
import { SessionsService } from './sessions.service';

const WRONG_CREDENTIALS = 'Adresse électronique ou mot de passe incorrect.';
/** Failed sign-ins allowed per e-mail address in the window, counted in PostgreSQL (no replica state). */
const MAX_FAILURES = 10;
const FAILURE_WINDOW = '15 minutes';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  async login(emailInput: string, password: string, userAgent?: string): Promise<LoginResponse> {
    const email = emailInput.trim().toLowerCase();
    await this.refuseIfThrottled(email);
    const user = await this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .leftJoinAndSelect('u.unit', 'unit')
      .where('u.email = :email AND u.active', { email })
      .getOne();
    // Same work and same answer whether the e-mail is unknown or the password wrong.
    const ok = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
    if (!user || !user.passwordHash || !ok) {
      await this.audit.record(this.db.manager, {
        actorId: user?.id ?? null,
        verb: 'auth.login_failed',
        entityType: 'login',
        entityId: email,
      });
      throw new AppError('unauthenticated', WRONG_CREDENTIALS);
    }
    return this.db.transaction((manager) => this.openSession(manager, user, userAgent));
  }

  /** Opens a session for `user` in the caller's transaction, as a sign-in does (also after choosing a password). */
  async openSession(manager: EntityManager, user: UserEntity, userAgent?: string): Promise<LoginResponse> {
    const session = await this.sessions.open(manager, user.id, userAgent);
    await this.audit.record(manager, {
      actorId: user.id,
      verb: 'auth.login',
      entityType: 'session',
      entityId: session.id,
    });
    return { user: toCurrentUser(user), token: session.token };
  }

  async logout(userId: number, sessionId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      await this.sessions.close(manager, sessionId);
      await this.audit.record(manager, { actorId: userId, verb: 'auth.logout', entityType: 'session', entityId: sessionId });
    });
  }

  private async refuseIfThrottled(email: string): Promise<void> {
    const [row] = await this.db.query(
      `SELECT count(*)::int AS failures FROM audit_events
        WHERE verb = 'auth.login_failed' AND entity_type = 'login' AND entity_id = $1
          AND created_at > now() - $2::interval
          AND created_at > coalesce((SELECT max(created_at) FROM audit_events
                WHERE verb = 'auth.login' AND actor_id = (SELECT id FROM users WHERE email = $1)), '-infinity')`,
      [email, FAILURE_WINDOW],
    );
    if ((row?.failures ?? 0) >= MAX_FAILURES) {
      throw new AppError('too_many_requests', 'Trop de tentatives de connexion : réessayez dans quelques minutes.');
    }
  }
}
