import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_LANGUAGE, formatDateTimeFr, type AccountLinkPayload, type InvitationPayload, type Language } from '@boussole/domain';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/errors/app-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { invitationMail, resetMail } from '../mail/mail-texts';
import { MailService } from '../mail/mail.service';
import { UserEntity } from '../users/user.entity';
import { AccountTokenEntity, type AccountLinkPurpose } from './account-token.entity';
import { hashToken, newSessionToken } from './session-token';

const LINK_DAYS = 7;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const LINK_MESSAGES = {
  unknown:
    'Ce lien n’est pas valable : vérifiez qu’il a été copié en entier. S’il a été remplacé par un lien plus récent, utilisez ce dernier, ou demandez-en un nouveau.',
  used: 'Ce lien a déjà servi : il ne s’utilise qu’une fois. Connectez-vous avec votre mot de passe, ou demandez un nouveau lien avec « Mot de passe oublié ».',
  expired: (at: Date) =>
    `Ce lien a expiré le ${formatDateTimeFr(at.toISOString())}. Demandez-en un nouveau à l’administration, ou avec « Mot de passe oublié ».`,
  inactive: 'Ce compte est désactivé : ce lien ne peut plus servir. Adressez-vous à l’administration.',
} as const;

/** A link checked and locked for use, with the account it opens. */
export interface UsableLink {
  token: AccountTokenEntity;
  user: UserEntity;
}

/**
 * One-time links to choose a password: an invitation for a new account, a reset for one that has a
 * password. 32 random bytes in the link, only their SHA-256 in the database, valid 7 days; a new
 * link replaces the person's earlier unused ones.
 */
@Injectable()
export class AccountLinksService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Issues a new link for `user`, in the caller's transaction, and e-mails it (after commit) when
   * SMTP is configured. `origin` is the request's, used when PUBLIC_URL is not set.
   */
  async issue(
    manager: EntityManager,
    user: Pick<UserEntity, 'id' | 'email' | 'name'>,
    options: { origin: string; createdBy: number | null },
  ): Promise<InvitationPayload> {
    const [{ has_password: hasPassword, language }]: { has_password: boolean; language: Language | null }[] = await manager.query(
      `SELECT password_hash IS NOT NULL AS has_password, language FROM users WHERE id = $1`,
      [user.id],
    );
    const purpose: AccountLinkPurpose = hasPassword ? 'reset' : 'invitation';
    await this.forgetUnused(manager, user.id);
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + LINK_DAYS * 24 * 3600 * 1000);
    const saved = await manager.save(
      manager.create(AccountTokenEntity, { userId: user.id, purpose, tokenHash: hashToken(token), createdBy: options.createdBy, expiresAt }),
    );
    const link = `${this.config.publicUrl ?? options.origin}/invitation/${token}`;
    // In the language the person chose in Boussole; French for a new account, the default.
    const text = { to: user.email, name: user.name, language: language ?? DEFAULT_LANGUAGE, link, expiresAt };
    await this.mail.send(manager, purpose === 'invitation' ? invitationMail(text) : resetMail(text));
    await this.audit.record(manager, {
      actorId: options.createdBy,
      verb: 'invitation.create',
      entityType: 'user',
      entityId: user.id,
      after: { linkId: saved.id, purpose, expiresAt: expiresAt.toISOString(), emailed: this.mail.sends },
    });
    return { link, expiresAt: expiresAt.toISOString(), emailed: this.mail.sends };
  }

  /** Whose link it is (before they choose a password); a French 404 or 410 when it cannot serve. */
  async describe(token: string): Promise<AccountLinkPayload> {
    const { token: link, user } = await this.usable(this.db.manager, token, false);
    return { email: user.email, name: user.name, purpose: link.purpose, expiresAt: link.expiresAt.toISOString() };
  }

  /** The link, locked until the caller's transaction ends so that it serves once only. */
  lockForUse(manager: EntityManager, token: string): Promise<UsableLink> {
    return this.usable(manager, token, true);
  }

  /** Marks the link used, and drops the person's other unused links. */
  async markUsed(manager: EntityManager, link: AccountTokenEntity): Promise<void> {
    await manager.update(AccountTokenEntity, { id: link.id }, { usedAt: () => 'now()' });
    await this.forgetUnused(manager, link.userId);
  }

  /** A person's unused links stop working (a new link, a new password, a deactivation). */
  async forgetUnused(manager: EntityManager, userId: number): Promise<void> {
    await manager.delete(AccountTokenEntity, { userId, usedAt: IsNull() });
  }

  private async usable(manager: EntityManager, token: string, lock: boolean): Promise<UsableLink> {
    if (!TOKEN_PATTERN.test(token)) throw new AppError('not_found', LINK_MESSAGES.unknown);
    const query = manager
      .getRepository(AccountTokenEntity)
      .createQueryBuilder('t')
      .where('t.token_hash = :hash', { hash: hashToken(token) });
    if (lock) query.setLock('pessimistic_write');
    const link = await query.getOne();
    if (!link) throw new AppError('not_found', LINK_MESSAGES.unknown);
    if (link.usedAt) throw new AppError('gone', LINK_MESSAGES.used);
    if (link.expiresAt.getTime() <= Date.now()) throw new AppError('gone', LINK_MESSAGES.expired(link.expiresAt));
    const user = await manager.getRepository(UserEntity).findOne({ where: { id: link.userId }, relations: { unit: true } });
    if (!user?.active) throw new AppError('gone', LINK_MESSAGES.inactive);
    return { token: link, user };
  }
}
