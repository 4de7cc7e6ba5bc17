import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LoginResponse } from '@boussole/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/errors/app-error';
import { LoginThrottle } from './login-throttle';
import { toCurrentUser } from '../users/user-payload';
import { UserEntity } from '../users/user.entity';
import { decoyHash, verifyPassword } from './passwords';
import { SessionsService } from './sessions.service';

const WRONG_CREDENTIALS = 'Adresse électronique ou mot de passe incorrect.';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  async login(emailInput: string, password: string, ip: string, userAgent?: string): Promise<LoginResponse> {
    const email = emailInput.trim().toLowerCase();
    // A slot is taken before the password is checked: parallel attempts cannot all get through.
    const throttle = await LoginThrottle.take(this.db, email, ip);
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
    const result = await this.db.transaction((manager) => this.openSession(manager, user, userAgent));
    await throttle.succeeded();
    return result;
  }

  /**
   * Opens a session for `user` in the caller's transaction, as a sign-in does (also after choosing a
   * password); a ProConnect sign-in keeps its ID token with the session, for the sign-out. The
   * audit event names the way: `local` (Boussole's own password) or `proconnect`.
   */
  async openSession(
    manager: EntityManager,
    user: UserEntity,
    userAgent?: string,
    via: { method: 'local' } | { method: 'proconnect'; idToken: string } = { method: 'local' },
  ): Promise<LoginResponse> {
    const session = await this.sessions.open(manager, user.id, userAgent, via.method === 'proconnect' ? via.idToken : undefined);
    await this.audit.record(manager, {
      actorId: user.id,
      verb: 'auth.login',
      entityType: 'session',
      entityId: session.id,
      after: { method: via.method },
    });
    return { user: toCurrentUser(user), token: session.token };
  }

  async logout(userId: number, sessionId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      await this.sessions.close(manager, sessionId);
      await this.audit.record(manager, { actorId: userId, verb: 'auth.logout', entityType: 'session', entityId: sessionId });
    });
  }
}
