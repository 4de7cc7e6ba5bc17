import {
  REGIONS,
  ROLE_LABELS,
  UNITS,
  type Role,
  type UserPayload,
} from '@boussole/domain';
import { domainText } from '../../core/i18n/domain-text';
import { dateTimeText } from '../../core/i18n/page-format';

/** What a role is attached to: a project manager to a unit, an ARS liaison to a region. */
export function scopeOfRole(role: Role): 'unit' | 'region' | null {
  if (role === 'project_manager') return 'unit';
  if (role === 'ars_liaison') return 'region';
  return null;
}

export function regionName(code: string | null): string | null {
  if (code === null) return null;
  return REGIONS.find((region) => region.code === code)?.name ?? code;
}

/** "Chef·fe de projet", "Référent·e ARS"… in the page's language. */
export function roleLabel(role: Role): string {
  return domainText(ROLE_LABELS[role]);
}

/** The unit or region the user is attached to, in words; an empty string for the others. */
export function scopeLabel(
  user: Pick<UserPayload, 'unit' | 'regionCode'>,
): string {
  return scopeText(user.unit?.code ?? null, user.regionCode);
}

/** A unit's code and name, or a region's name, from their codes; '' for neither. */
export function scopeText(
  unitCode: string | null | undefined,
  regionCode: string | null | undefined,
): string {
  if (unitCode) {
    const unit = UNITS.find((candidate) => candidate.code === unitCode);
    return unit ? `${unit.code} – ${domainText(unit.name)}` : unitCode;
  }
  return regionName(regionCode ?? null) ?? '';
}

/** The account's state and its DSFR badge. */
export interface AccountState {
  label: string;
  badge: 'success' | 'info' | 'warning' | 'new';
}

export function accountState(
  user: Pick<UserPayload, 'active' | 'hasPassword' | 'pendingLinkExpiresAt'>,
  now = Date.now(),
): AccountState {
  if (!user.active) return { label: $localize`Désactivé`, badge: 'warning' };
  if (user.hasPassword) return { label: $localize`Actif`, badge: 'success' };
  const expires = user.pendingLinkExpiresAt
    ? Date.parse(user.pendingLinkExpiresAt)
    : Number.NaN;
  return expires > now
    ? { label: $localize`Invitation en attente`, badge: 'info' }
    : { label: $localize`Invitation expirée`, badge: 'new' };
}

export function lastSeenLabel(lastSeenAt: string | null): string {
  return lastSeenAt ? dateTimeText(lastSeenAt) : $localize`Jamais connecté·e`;
}
