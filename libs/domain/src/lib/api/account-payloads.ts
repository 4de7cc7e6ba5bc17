/**
 * The payloads of user management (admin) and of one's own account (everyone): invitations,
 * password resets and changes, sessions. No payload ever carries a hash, a token or another
 * user's session.
 */
import type { Language } from '../i18n/language';
import type { Role } from '../roles/role';
import type { IsoDateTime, UnitPayload } from './payloads';

/** A user as the administration sees them. */
export interface UserPayload {
  id: number;
  email: string;
  name: string;
  role: Role;
  unit: UnitPayload | null;
  regionCode: string | null;
  active: boolean;
  createdAt: IsoDateTime;
  /** The latest time one of their sessions was used; null if they never signed in. */
  lastSeenAt: IsoDateTime | null;
  /** Whether they have chosen a password yet (an invitation may be pending). */
  hasPassword: boolean;
  /** When their pending invitation or reset link expires, if one is pending. */
  pendingLinkExpiresAt: IsoDateTime | null;
  version: number;
}

/** `GET /api/users?q=&role=&unit=&region=&active=&page=&pageSize=`. */
export interface UserListQuery {
  q?: string;
  role?: Role;
  unit?: string;
  region?: string;
  active?: boolean;
}

/** `POST /api/users`: a project manager needs `unitCode`, an ARS liaison `regionCode`, the others neither. */
export interface UserCreateRequest {
  email: string;
  name: string;
  role: Role;
  unitCode?: string | null;
  regionCode?: string | null;
}

/** `PATCH /api/users/:id`. */
export interface UserPatchRequest extends Partial<UserCreateRequest> {
  active?: boolean;
  version?: number;
}

/** A one-time link to choose a password, valid 7 days (`POST /api/users/:id/invitation`). */
export interface InvitationPayload {
  link: string;
  expiresAt: IsoDateTime;
  /** Whether it was e-mailed (SMTP configured) or is only shown to the admin to pass on. */
  emailed: boolean;
}

/** `POST /api/users` answers the user and their invitation. */
export interface UserCreateResponse {
  user: UserPayload;
  invitation: InvitationPayload;
}

/** `GET /api/auth/invitations/:token`: whose link it is, before they choose a password. */
export interface AccountLinkPayload {
  email: string;
  name: string;
  purpose: 'invitation' | 'reset';
  expiresAt: IsoDateTime;
}

/** `POST /api/auth/invitations/:token`. */
export interface ChoosePasswordRequest {
  password: string;
}

/** `POST /api/auth/password-reset`. */
export interface PasswordResetRequest {
  email: string;
}

/** `POST /api/auth/password`. */
export interface PasswordChangeRequest {
  currentPassword: string;
  newPassword: string;
}

/**
 * `PATCH /api/auth/me`: one's own settings, either or both; answered with the `CurrentUser` as it
 * now is.
 */
export interface AccountSettingsRequest {
  /** "Recevoir les relances des campagnes de suivi". */
  reminders?: boolean;
  /** The interface language chosen with the header's selector (and of one's e-mails). */
  language?: Language;
}

/** One of the signed-in user's own sessions (`GET /api/auth/sessions`). */
export interface SessionPayload {
  id: string;
  createdAt: IsoDateTime;
  lastSeenAt: IsoDateTime;
  /** The earlier of the idle and the absolute end. */
  expiresAt: IsoDateTime;
  /** The browser and system, read from the user agent, e.g. "Chrome 131 sur Windows". */
  browser: string;
  current: boolean;
}

/** `POST /api/auth/password-reset` always answers 202 with this, whether the address is known or not. */
export interface PasswordResetResponse {
  message: string;
}

/** One e-mail of the outbox (`GET /api/mail/outbox`, admin): kept whether SMTP is configured or not. */
export interface MailOutboxPayload {
  id: number;
  recipient: string;
  subject: string;
  body: string;
  createdAt: IsoDateTime;
  /** When SMTP accepted it; null while unsent (no SMTP configured, or it failed). */
  sentAt: IsoDateTime | null;
  /** Why sending failed, if it did. */
  error: string | null;
  /** Sending attempts made so far (0 without SMTP). */
  attempts: number;
  /** When a failed e-mail will be tried again; null once sent, or given up (a permanent refusal, or a day gone). */
  retryAt: IsoDateTime | null;
}
