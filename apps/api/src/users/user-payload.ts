import type { CurrentUser, UserSummary } from '@boussole/domain';
import type { UserEntity } from './user.entity';

/** The only ways a user leaves the API: never with a hash, a token or a session. */
export function toCurrentUser(user: UserEntity): CurrentUser & { reminders: boolean } {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    unit: user.unit ? { id: user.unit.id, code: user.unit.code, name: user.unit.name } : null,
    regionCode: user.regionCode,
    reminders: user.remindersEnabled,
    language: user.language,
  };
}

export function toUserSummary(user: Pick<UserEntity, 'id' | 'name'>): UserSummary {
  return { id: user.id, name: user.name };
}
