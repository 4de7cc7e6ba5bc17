import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { InvitationPayload, Role, UserCreateResponse, UserPayload } from '@boussole/domain';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AccountLinksService } from '../auth/account-links.service';
import type { RequestUser } from '../auth/request-user';
import { SessionsService } from '../auth/sessions.service';
import { AppError, invalid, notFound } from '../common/errors/app-error';
import { requiredVersion } from '../common/if-match';
import { EventsService } from '../events/events.service';
import { UnitEntity } from '../units/unit.entity';
import type { CreateUserDto, PatchUserDto } from './dto/user.dto';
import { resolveScope, type UserScope } from './user-scope';
import { UserEntity } from './user.entity';
import { UsersService } from './users.service';

export const USER_MESSAGES = {
  emailTaken: 'Un compte existe déjà avec cette adresse électronique.',
  lastAdmin:
    'Boussole doit garder au moins un·e administrateur·rice actif·ve : nommez-en un·e autre avant de désactiver ce compte ou de lui retirer ce rôle.',
  inactive: 'Ce compte est désactivé : réactivez-le avant de lui envoyer un lien.',
  stale: (current: number, expected: number) =>
    `Ce compte a été modifié entre-temps (version ${current}, vous aviez la version ${expected}). Rechargez-le avant d’enregistrer.`,
} as const;

/** The fields an admin edits, as the audit trail keeps them. */
interface UserState extends UserScope {
  email: string;
  name: string;
  role: Role;
  active: boolean;
}

/**
 * User management (admin): create with an invitation, edit, deactivate and reactivate, issue a new
 * link. Users are never deleted, so their name stays on what they wrote.
 */
@Injectable()
export class UserAdminService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersService,
    private readonly links: AccountLinksService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly events: EventsService,
  ) {}

  async create(actor: RequestUser, dto: CreateUserDto, origin: string): Promise<UserCreateResponse> {
    const { scope, errors } = resolveScope(dto.role, dto, { role: null, unitCode: null, regionCode: null });
    throwFieldErrors(errors);
    const { id, invitation } = await this.db.transaction(async (manager) => {
      await this.assertEmailFree(manager, dto.email);
      const user = await manager.save(
        manager.create(UserEntity, {
          email: dto.email,
          name: dto.name,
          role: dto.role,
          unitId: await this.unitId(manager, scope.unitCode),
          regionCode: scope.regionCode,
        }),
      );
      await this.audit.record(manager, {
        actorId: actor.id,
        verb: 'user.create',
        entityType: 'user',
        entityId: user.id,
        after: { email: dto.email, name: dto.name, role: dto.role, ...scope },
      });
      const link = await this.links.issue(manager, user, { origin, createdBy: actor.id });
      return { id: user.id, invitation: link };
    }).catch(mapEmailTaken);
    return { user: await this.users.get(id), invitation };
  }

  async patch(actor: RequestUser, id: number, ifMatch: string | undefined, dto: PatchUserDto): Promise<UserPayload> {
    const version = requiredVersion(ifMatch, dto.version, 'du compte');
    await this.db.transaction(async (manager) => {
      // The admins' rows first, always in one order: two admins demoted at once queue, never deadlock.
      if (dto.role !== undefined || dto.active !== undefined) await lockActiveAdmins(manager);
      const user = await this.lock(manager, id);
      if (user.version !== version) {
        throw new AppError('conflict', USER_MESSAGES.stale(user.version, version), { current: await this.users.get(id, manager) });
      }
      const before: UserState = {
        email: user.email, name: user.name, role: user.role, active: user.active,
        unitCode: user.unit?.code ?? null, regionCode: user.regionCode,
      };
      const role = dto.role ?? user.role;
      const { scope, errors } = resolveScope(role, dto, { role: user.role, unitCode: before.unitCode, regionCode: before.regionCode });
      throwFieldErrors(errors);
      const after: UserState = { email: dto.email ?? user.email, name: dto.name ?? user.name, role, active: dto.active ?? user.active, ...scope };
      const changed = (Object.keys(after) as (keyof UserState)[]).filter((field) => after[field] !== before[field]);
      if (changed.length === 0) return;
      if (after.email !== before.email) await this.assertEmailFree(manager, after.email);
      if (before.role === 'admin' && before.active && (after.role !== 'admin' || !after.active)) await this.assertAnotherAdmin(manager, id);

      await manager.update(UserEntity, { id }, {
        email: after.email, name: after.name, role: after.role, active: after.active, regionCode: after.regionCode,
        unitId: await this.unitId(manager, after.unitCode),
        version: () => 'version + 1', updatedAt: () => 'now()',
      });
      const fields = changed.filter((field) => field !== 'active');
      if (fields.length) {
        await this.audit.record(manager, {
          actorId: actor.id, verb: 'user.update', entityType: 'user', entityId: id,
          before: pick(before, fields), after: pick(after, fields),
        });
      }
      if (after.active !== before.active) {
        await this.audit.record(manager, {
          actorId: actor.id, verb: after.active ? 'user.reactivate' : 'user.deactivate', entityType: 'user', entityId: id,
          before: { active: before.active }, after: { active: after.active },
        });
      }
      if (!after.active && before.active) {
        // Every session ends at once, on every replica (the NOTIFY commits with the deletion).
        await this.sessions.closeAllOf(manager, id);
        await this.links.forgetUnused(manager, id);
      } else if (after.role !== before.role || after.unitCode !== before.unitCode || after.regionCode !== before.regionCode) {
        await this.sessions.refreshUser(manager, id);
      }
      // Names show on actions, updates and comments that other replicas may have cached.
      if (after.name !== before.name) await this.events.publish(manager, { type: 'structure.changed', planId: 0, record: `user:${id}` });
    }).catch(mapEmailTaken);
    return this.users.get(id);
  }

  /** A new one-time link (an invitation, or a reset for a user who has a password); earlier unused ones stop working. */
  async invite(actor: RequestUser, id: number, origin: string): Promise<InvitationPayload> {
    return this.db.transaction(async (manager) => {
      const user = await this.lock(manager, id);
      if (!user.active) throw new AppError('conflict', USER_MESSAGES.inactive);
      return this.links.issue(manager, user, { origin, createdBy: actor.id });
    });
  }

  private async lock(manager: EntityManager, id: number): Promise<UserEntity> {
    const user = await manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .setLock('pessimistic_write', undefined, ['u'])
      .leftJoinAndSelect('u.unit', 'unit')
      .where('u.id = :id', { id })
      .getOne();
    if (!user) throw notFound('Utilisateur·rice');
    return user;
  }

  private async assertEmailFree(manager: EntityManager, email: string): Promise<void> {
    const [taken] = await manager.query(`SELECT 1 FROM users WHERE email = $1`, [email]);
    if (taken) throw new AppError('conflict', USER_MESSAGES.emailTaken, { fields: { email: USER_MESSAGES.emailTaken } });
  }

  /** Refuses to leave Boussole without an active admin (their rows are locked until commit). */
  private async assertAnotherAdmin(manager: EntityManager, id: number): Promise<void> {
    const admins = await lockActiveAdmins(manager);
    if (!admins.some((admin) => admin.id !== id)) throw new AppError('conflict', USER_MESSAGES.lastAdmin);
  }

  private async unitId(manager: EntityManager, code: string | null): Promise<number | null> {
    if (!code) return null;
    const unit = await manager.findOneBy(UnitEntity, { code });
    if (!unit) throw invalid('Sous-direction inconnue.', { unitCode: 'Sous-direction inconnue.' });
    return unit.id;
  }
}

function lockActiveAdmins(manager: EntityManager): Promise<{ id: number }[]> {
  return manager.query(`SELECT id FROM users WHERE role = 'admin' AND active ORDER BY id FOR UPDATE`);
}

function throwFieldErrors(errors: Record<string, string>): void {
  const first = Object.values(errors)[0];
  if (first) throw invalid(first, errors);
}

function pick(state: UserState, fields: (keyof UserState)[]): Partial<UserState> {
  return Object.fromEntries(fields.map((field) => [field, state[field]]));
}

/** Two admins creating the same address at once: the database's unique index decides, as a French 409. */
function mapEmailTaken(error: unknown): never {
  const code = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : undefined;
  if (code?.code === '23505' && code.constraint === 'users_email_unique') {
    throw new AppError('conflict', USER_MESSAGES.emailTaken, { fields: { email: USER_MESSAGES.emailTaken } });
  }
  throw error;
}
