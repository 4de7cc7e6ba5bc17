import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { errors, generators, type CallbackParamsType, type Client, type IdTokenClaims } from 'openid-client';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { UserEntity } from '../../users/user.entity';
import { AuthService } from '../auth.service';
import { hashToken, newSessionToken } from '../session-token';
import { ProConnectClient } from './proconnect-client';
import { ProConnectRefused } from './proconnect-refusal';

/** ProConnect's scopes: the e-mail finds the account; the names and `uid` come along as it asks. */
export const PROCONNECT_SCOPES = 'openid email given_name usual_name uid';
/** How long a sign-in may stay at the provider before its callback. */
export const FLOW_TTL_MS = 10 * 60 * 1000;

type AccountRefusal = 'compte-inconnu' | 'compte-inactif' | 'compte-lie';

interface FlowRow {
  state: string;
  nonce: string;
  code_verifier: string;
  return_to: string | null;
}

/**
 * The authorization code flow with PKCE (S256): `state`, `nonce` and the verifier are kept in the
 * database under a random id that only the browser's cookie holds, used once. The ID token is
 * verified by openid-client (signature, issuer, audience, expiry, nonce); the session is then
 * Boussole's own, opened as the password sign-in opens one.
 */
@Injectable()
export class ProConnectService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly provider: ProConnectClient,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
  ) {}

  /** Starts a sign-in: the provider's authorization URL, and the flow's id for the browser's cookie. */
  async start(returnTo: string | null): Promise<{ url: string; flowId: string }> {
    this.provider.requireEnabled();
    let client: Client;
    try {
      client = await this.provider.client();
    } catch {
      throw new ProConnectRefused('indisponible', 'discovery failed');
    }
    const flowId = newSessionToken();
    const flow = { state: generators.state(), nonce: generators.nonce(), verifier: generators.codeVerifier() };
    await this.db.query(`DELETE FROM proconnect_flows WHERE expires_at < now()`);
    await this.db.query(
      `INSERT INTO proconnect_flows (id_hash, state, nonce, code_verifier, return_to, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + $6 * interval '1 millisecond')`,
      [hashToken(flowId), flow.state, flow.nonce, flow.verifier, returnTo, FLOW_TTL_MS],
    );
    const url = client.authorizationUrl({
      scope: PROCONNECT_SCOPES,
      code_challenge: generators.codeChallenge(flow.verifier),
      code_challenge_method: 'S256',
      state: flow.state,
      nonce: flow.nonce,
    });
    return { url, flowId };
  }

  /**
   * Finishes a sign-in from the provider's callback (`callbackUrl`: the request's path and query).
   * Throws `ProConnectRefused` with the code the sign-in page explains.
   */
  async finish(
    flowId: string | undefined,
    callbackUrl: string,
    userAgent: string | undefined,
  ): Promise<{ token: string; returnTo: string | null }> {
    const config = this.provider.config;
    // Used once: the flow is deleted as it is read, whatever comes next.
    const flow = flowId ? await this.takeFlow(flowId) : undefined;
    if (!flow || !flow.live) throw new ProConnectRefused('expiree', flowId ? 'flow expired or used' : 'no flow cookie');
    let client: Client;
    try {
      client = await this.provider.client();
    } catch {
      throw new ProConnectRefused('indisponible', 'discovery failed');
    }
    const params: CallbackParamsType = client.callbackParams(callbackUrl);
    if (params.error) throw new ProConnectRefused('annulee', `provider error ${params.error}: ${params.error_description ?? ''}`);
    if (params.state !== flow.state) throw new ProConnectRefused('verification', 'state mismatch');
    const { claims, idToken } = await this.exchange(client, config.redirectUri, params, flow);
    const email = await this.emailOf(client, claims, idToken.accessToken);
    const outcome = await this.db.transaction(async (manager) => {
      const account = await this.accountOf(manager, claims.sub, email);
      if ('refused' in account) return account;
      const session = await this.auth.openSession(manager, account.user, userAgent, { method: 'proconnect', idToken: idToken.value });
      return { token: session.token };
    });
    if ('refused' in outcome) throw new ProConnectRefused(outcome.refused, `${outcome.refused}: ${email}`);
    return { token: outcome.token, returnTo: flow.return_to };
  }

  private async takeFlow(flowId: string): Promise<(FlowRow & { live: boolean }) | undefined> {
    // TypeORM answers a DELETE … RETURNING with [rows, count].
    const [rows] = (await this.db.query(
      `DELETE FROM proconnect_flows WHERE id_hash = $1 RETURNING state, nonce, code_verifier, return_to, expires_at > now() AS live`,
      [hashToken(flowId)],
    )) as [(FlowRow & { live: boolean })[], number];
    return rows[0];
  }

  /** The provider's end-session URL for a session opened through it, else null (a local sign-out only). */
  async endSessionUrl(sessionId: string): Promise<string | null> {
    const config = this.provider.enabled ? this.provider.config : null;
    if (!config) return null;
    const rows: { id_token: string | null }[] = await this.db.query(`SELECT id_token FROM sessions WHERE id = $1`, [sessionId]);
    const idToken = rows[0]?.id_token;
    if (!idToken) return null;
    try {
      const client = await this.provider.client();
      return client.endSessionUrl({ id_token_hint: idToken, post_logout_redirect_uri: config.postLogoutRedirectUri });
    } catch {
      // The provider is down: Boussole's session ends all the same.
      return null;
    }
  }

  private async exchange(
    client: Client,
    redirectUri: string,
    params: CallbackParamsType,
    flow: FlowRow,
  ): Promise<{ claims: IdTokenClaims; idToken: { value: string; accessToken: string | undefined } }> {
    try {
      const tokens = await client.callback(redirectUri, params, {
        code_verifier: flow.code_verifier,
        state: flow.state,
        nonce: flow.nonce,
        response_type: 'code',
      });
      if (!tokens.id_token) throw new ProConnectRefused('verification', 'no ID token');
      return { claims: tokens.claims(), idToken: { value: tokens.id_token, accessToken: tokens.access_token } };
    } catch (error: unknown) {
      throw this.refusalOf(error);
    }
  }

  /** ProConnect puts the e-mail in the userinfo (the ID token may carry it too). */
  private async emailOf(client: Client, claims: IdTokenClaims, accessToken: string | undefined): Promise<string> {
    let email = typeof claims.email === 'string' ? claims.email : undefined;
    if (!email && accessToken) {
      try {
        const info = await client.userinfo(accessToken, { via: 'header' });
        // openid-client has checked that the userinfo's `sub` is the ID token's.
        if (info.sub !== claims.sub) throw new ProConnectRefused('verification', 'userinfo sub mismatch');
        email = typeof info.email === 'string' ? info.email : undefined;
      } catch (error: unknown) {
        throw this.refusalOf(error);
      }
    }
    if (!email) throw new ProConnectRefused('verification', 'no e-mail from the provider');
    return email.trim().toLowerCase();
  }

  private refusalOf(error: unknown): ProConnectRefused {
    if (error instanceof ProConnectRefused) return error;
    if (error instanceof errors.OPError) {
      // invalid_grant: the code expired, or was already used.
      return new ProConnectRefused(error.error === 'invalid_grant' ? 'code' : 'annulee', `${error.error}: ${error.error_description ?? ''}`);
    }
    if (error instanceof errors.RPError) return new ProConnectRefused('verification', error.message);
    return new ProConnectRefused('indisponible', error instanceof Error ? error.message : String(error));
  }

  /**
   * The account of a ProConnect identity: the one linked to its `sub` (so a changed e-mail at the
   * provider does not lose it), else the account of its e-mail, linked now. Never a new account.
   * A refusal is recorded in the same transaction and returned, for the caller to throw.
   */
  private async accountOf(manager: EntityManager, sub: string, email: string): Promise<{ user: UserEntity } | { refused: AccountRefusal }> {
    const users = manager.getRepository(UserEntity);
    const linked = await users.findOne({ where: { proconnectSub: sub }, relations: { unit: true } });
    if (linked) return linked.active ? { user: linked } : this.refuse(manager, linked, 'compte-inactif', email);
    const user = await users
      .createQueryBuilder('u')
      .leftJoinAndSelect('u.unit', 'unit')
      .where('lower(u.email) = :email', { email })
      .setLock('pessimistic_write', undefined, ['u'])
      .getOne();
    if (!user) return this.refuse(manager, null, 'compte-inconnu', email);
    if (!user.active) return this.refuse(manager, user, 'compte-inactif', email);
    if (user.proconnectSub && user.proconnectSub !== sub) return this.refuse(manager, user, 'compte-lie', email);
    await manager.update(UserEntity, { id: user.id }, { proconnectSub: sub });
    await this.audit.record(manager, {
      actorId: user.id,
      verb: 'user.proconnect_linked',
      entityType: 'user',
      entityId: user.id,
      after: { proconnectSub: sub },
    });
    return { user: Object.assign(user, { proconnectSub: sub }) };
  }

  private async refuse(manager: EntityManager, user: UserEntity | null, code: AccountRefusal, email: string): Promise<{ refused: AccountRefusal }> {
    await this.audit.record(manager, {
      actorId: user?.id ?? null,
      verb: 'auth.login_failed',
      entityType: 'login',
      entityId: email,
      after: { method: 'proconnect', reason: code },
    });
    return { refused: code };
  }
}
