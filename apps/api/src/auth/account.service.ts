import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AccountSettingsRequest, CurrentUser, LoginResponse, PasswordResetResponse } from '@boussole/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppError, invalid } from '../common/errors/app-error';
import { toCurrentUser } from '../users/user-payload';
import { UserEntity } from '../users/user.entity';
import { AccountLinksService } from './account-links.service';
import { AuthService } from './auth.service';
import { assertAcceptablePassword } from './password-policy';
import { hashPassword, verifyPassword } from './passwords';
import type { RequestUser } from './request-user';
import { SessionsService } from './sessions.service';

/** The one answer to "mot de passe oublié", whether the address is an account's or not. */
export const RESET_ANSWER: PasswordResetResponse = {
  message:
    'Si cette adresse est celle d’un compte actif, un lien pour choisir un nouveau mot de passe vient d’y être envoyé. Il est valable 7 jours et ne sert qu’une fois.',
};

/** Requests and failures allowed per address (reset) or per user (current password) in the window. */
const MAX_RESET_REQUESTS = 5;
const MAX_WRONG_CURRENT = 10;
const WINDOW = '15 minutes';

export const ACCOUNT_MESSAGES = {
  wrongCurrent: 'Le mot de passe actuel est incorrect.',
  sameAsCurrent: 'Le nouveau mot de passe doit être différent du mot de passe actuel.',
  tooManyResets: 'Trop de demandes pour cette adresse : réessayez dans quelques minutes.',
  tooManyWrong: 'Trop d’essais du mot de passe actuel : réessayez dans quelques minutes.',
} as const;

/** One's own account: the first password (invitation), a forgotten one (reset), a change. */
@Injectable()
export class AccountService implements OnModuleDestroy {
  private readonly logger = new Logger('Comptes');
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly auth: AuthService,
    private readonly links: AccountLinksService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  async onModuleDestroy(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
  }

  /**
   * Chooses a password through an invitation or reset link: the link serves once, a reset ends the
   * person's other sessions, and a session opens as a sign-in would.
   */
  async choosePassword(token: string, password: string, userAgent?: string): Promise<LoginResponse> {
    // The slow work (rules, hashing) before the row is locked; the lock then makes the link serve once.
    const owner = await this.links.describe(token);
    assertAcceptablePassword(password, owner);
    const passwordHash = await hashPassword(password);
    return this.db.transaction(async (manager) => {
      const { token: link, user } = await this.links.lockForUse(manager, token);
      await manager.update(UserEntity, { id: user.id }, { passwordHash, updatedAt: () => 'now()' });
      await this.links.markUsed(manager, link);
      const ended = link.purpose === 'reset' ? await this.sessions.closeAllOf(manager, user.id) : 0;
      await this.audit.record(manager, {
        actorId: user.id,
        verb: 'password.set',
        entityType: 'user',
        entityId: user.id,
        after: { purpose: link.purpose, linkId: link.id, endedSessions: ended },
      });
      return this.auth.openSession(manager, user, userAgent);
    });
  }

  /**
   * "Mot de passe oublié": e-mails a link to an active account's address. The answer, and its delay,
   * are the same whether the address is an account's or not: the lookup runs after it.
   */
  async requestReset(emailInput: string, origin: string): Promise<PasswordResetResponse> {
    const email = emailInput.trim().toLowerCase();
    const [row] = await this.db.query(
      `SELECT count(*)::int AS n FROM audit_events
        WHERE verb = 'password.reset_request' AND entity_type = 'login' AND entity_id = $1 AND created_at > now() - $2::interval`,
      [email, WINDOW],
    );
    if ((row?.n ?? 0) >= MAX_RESET_REQUESTS) throw new AppError('too_many_requests', ACCOUNT_MESSAGES.tooManyResets);
    await this.audit.record(this.db.manager, { actorId: null, verb: 'password.reset_request', entityType: 'login', entityId: email });
    const work = this.sendReset(email, origin)
      .catch((error: unknown) => this.logger.error(`Lien de réinitialisation non émis : ${String(error)}`))
      .finally(() => this.inFlight.delete(work));
    this.inFlight.add(work);
    return RESET_ANSWER;
  }

  private async sendReset(email: string, origin: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const user = await manager.getRepository(UserEntity).findOne({ where: { email, active: true }, lock: { mode: 'pessimistic_write' } });
      if (user) await this.links.issue(manager, user, { origin, createdBy: null });
    });
  }

  /** Changes one's own password (the current one is asked) and ends one's other sessions. */
  async changePassword(user: RequestUser, currentPassword: string, newPassword: string): Promise<void> {
    const [row] = await this.db.query(
      `SELECT count(*)::int AS n FROM audit_events
        WHERE verb = 'password.change_failed' AND actor_id = $1 AND created_at > now() - $2::interval`,
      [user.id, WINDOW],
    );
    if ((row?.n ?? 0) >= MAX_WRONG_CURRENT) throw new AppError('too_many_requests', ACCOUNT_MESSAGES.tooManyWrong);
    const stored = await this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: user.id })
      .getOne();
    if (!stored?.passwordHash || !(await verifyPassword(stored.passwordHash, currentPassword))) {
      await this.audit.record(this.db.manager, { actorId: user.id, verb: 'password.change_failed', entityType: 'user', entityId: user.id });
      throw invalid(ACCOUNT_MESSAGES.wrongCurrent, { currentPassword: ACCOUNT_MESSAGES.wrongCurrent });
    }
    if (newPassword === currentPassword) throw invalid(ACCOUNT_MESSAGES.sameAsCurrent, { newPassword: ACCOUNT_MESSAGES.sameAsCurrent });
    assertAcceptablePassword(newPassword, user, 'newPassword');
    const passwordHash = await hashPassword(newPassword);
    await this.db.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { passwordHash, updatedAt: () => 'now()' });
      const ended = await this.sessions.closeAllOf(manager, user.id, user.sessionId);
      await this.links.forgetUnused(manager, user.id);
      await this.audit.record(manager, {
        actorId: user.id,
        verb: 'password.change',
        entityType: 'user',
        entityId: user.id,
        after: { endedSessions: ended },
      });
    });
  }

  /**
   * One's own settings: whether to get the cycles' reminders, and the interface language (which
   * is also that of one's e-mails). Every replica reads the user again at their next request, so
   * `GET /api/auth/me` tells the new values at once.
   */
  async updateSettings(user: RequestUser, settings: AccountSettingsRequest): Promise<CurrentUser> {
    return this.db.transaction(async (manager) => {
      // The row first (two tabs toggling at once audit each change once), then the user with their unit.
      await manager.query(`SELECT 1 FROM users WHERE id = $1 FOR NO KEY UPDATE`, [user.id]);
      const current = await manager.getRepository(UserEntity).findOne({ where: { id: user.id }, relations: { unit: true } });
      if (!current) throw invalid('Ce compte n’existe plus.');
      const changes: Partial<Pick<UserEntity, 'remindersEnabled' | 'language'>> = {};
      if (settings.reminders !== undefined && settings.reminders !== current.remindersEnabled) changes.remindersEnabled = settings.reminders;
      if (settings.language !== undefined && settings.language !== current.language) changes.language = settings.language;
      if (Object.keys(changes).length === 0) return toCurrentUser(current);
      // Not the administration's `version`: one's own setting must not make an admin's edit stale.
      await manager.update(UserEntity, { id: user.id }, { ...changes, updatedAt: () => 'now()' });
      const audit = { actorId: user.id, entityType: 'user', entityId: user.id } as const;
      if (changes.remindersEnabled !== undefined) {
        await this.audit.record(manager, {
          ...audit,
          verb: 'account.reminders',
          before: { reminders: current.remindersEnabled },
          after: { reminders: changes.remindersEnabled },
        });
      }
      if (changes.language !== undefined) {
        await this.audit.record(manager, { ...audit, verb: 'account.language', before: { language: current.language }, after: { language: changes.language } });
      }
      await this.sessions.refreshUser(manager, user.id);
      return toCurrentUser({ ...current, ...changes });
    });
  }
}
