import { Inject, Injectable, Logger } from '@nestjs/common';
import { Issuer, type Client } from 'openid-client';
import { APP_CONFIG, AppConfig, ProConnectConfig } from '../../config/app-config';
import { AppError } from '../../common/errors/app-error';

/** After a failed discovery, the next sign-in asks the provider again, but not more often than this. */
const RETRY_AFTER_MS = 5000;

export const PROCONNECT_OFF =
  'La connexion par ProConnect n’est pas configurée sur ce serveur : connectez-vous avec votre adresse électronique et votre mot de passe.';

/**
 * The OpenID client of ProConnect, discovered lazily: the provider may be down when Boussole
 * starts, which must not stop the start; the first sign-in discovers it, and a failure is retried
 * by a later one.
 */
@Injectable()
export class ProConnectClient {
  private readonly logger = new Logger('ProConnect');
  private pending: Promise<Client> | null = null;
  private failedAt = 0;

  constructor(@Inject(APP_CONFIG) private readonly appConfig: AppConfig) {}

  get enabled(): boolean {
    return this.appConfig.proconnect !== null;
  }

  /** The configuration, or the French 404 of a server without ProConnect. */
  get config(): ProConnectConfig {
    return this.requireEnabled();
  }

  requireEnabled(): ProConnectConfig {
    if (!this.appConfig.proconnect) throw new AppError('not_found', PROCONNECT_OFF);
    return this.appConfig.proconnect;
  }

  /** The client, discovering the provider if need be; rejects while the provider cannot be reached. */
  client(): Promise<Client> {
    const config = this.config;
    if (!this.pending) {
      if (Date.now() - this.failedAt < RETRY_AFTER_MS) return Promise.reject(new Error('ProConnect discovery failed a moment ago'));
      this.pending = this.discover(config).catch((error: unknown) => {
        this.pending = null;
        this.failedAt = Date.now();
        this.logger.warn(`ProConnect discovery failed (${config.issuer}): ${error instanceof Error ? error.message : String(error)}`);
        throw error;
      });
    }
    return this.pending;
  }

  private async discover(config: ProConnectConfig): Promise<Client> {
    const issuer = await Issuer.discover(config.issuer);
    // ProConnect answers the userinfo as a signed JWT: ask for it signed when the provider says it can.
    const userinfoAlgs = ((issuer.metadata['userinfo_signing_alg_values_supported'] as string[] | undefined) ?? []).filter((alg) => alg !== 'none');
    return new issuer.Client({
      client_id: config.clientId,
      client_secret: config.clientSecret,
      redirect_uris: [config.redirectUri],
      post_logout_redirect_uris: [config.postLogoutRedirectUri],
      response_types: ['code'],
      ...(userinfoAlgs.length ? { userinfo_signed_response_alg: userinfoAlgs.includes('RS256') ? 'RS256' : userinfoAlgs[0] } : {}),
    });
  }
}
