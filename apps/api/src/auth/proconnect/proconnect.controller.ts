import { Controller, Get, Inject, Logger, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ProConnectRefusal } from '@boussole/domain';
import type { Request, Response } from 'express';
import { Public } from '../../common/decorators/access.decorator';
import { AppError } from '../../common/errors/app-error';
import { WriteRateLimitService } from '../../common/rate-limit/write-rate-limit.service';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { setSessionCookie } from '../session-cookie';
import { SessionsService } from '../sessions.service';
import { ProConnectRefused } from './proconnect-refusal';
import { FLOW_TTL_MS, ProConnectService } from './proconnect.service';
import { ApiAnswers } from '../../common/openapi/api-answers.decorator';

/** The cookie that ties a sign-in under way to this browser (its flow id), only sent to these routes. */
export const FLOW_COOKIE = 'boussole_proconnect';
const FLOW_PATH = '/api/auth/proconnect';
const SIGN_IN_PAGE = '/connexion';

/**
 * ProConnect (OpenID Connect) sign-in, where configured (DESIGN §5): both routes are browser
 * navigations, so they answer redirects — to the provider, back to the app, or to the sign-in page
 * with the refusal's code — never a 500; without ProConnect, a French 404.
 */
@ApiTags('auth')
@Controller('auth/proconnect')
export class ProConnectController {
  private readonly logger = new Logger('ProConnect');

  constructor(
    private readonly proconnect: ProConnectService,
    private readonly sessions: SessionsService,
    private readonly limits: WriteRateLimitService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @ApiAnswers({
    summary: 'Redirige vers ProConnect (code d’autorisation avec PKCE) ; `?retour=` : la page où revenir.',
    ok: { redirect: true },
    access: 'public',
    errors: [404, 429],
  })
  @Public()
  @Get('login')
  async login(@Query('retour') retour: unknown, @Req() request: Request, @Res() response: Response): Promise<void> {
    try {
      // A GET that writes (a flow row): counted by the IP's write limit, as a sign-in's POST is.
      await this.limits.consume(null, request.ip ?? 'inconnue');
      const { url, flowId } = await this.proconnect.start(safeReturn(retour));
      response.cookie(FLOW_COOKIE, flowId, { ...this.flowCookie(), maxAge: FLOW_TTL_MS });
      response.redirect(302, url);
    } catch (error: unknown) {
      this.refused(error, response);
    }
  }

  @ApiAnswers({
    summary: 'Retour de ProConnect : ouvre une session Boussole et redirige vers l’application, ou vers la page de connexion avec la raison du refus.',
    ok: { redirect: true },
    access: 'public',
    errors: [404, 429],
  })
  @Public()
  @Get('callback')
  async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    const flowId = (request.cookies as Record<string, unknown> | undefined)?.[FLOW_COOKIE];
    // The flow is over whatever happens: its cookie goes.
    response.clearCookie(FLOW_COOKIE, this.flowCookie());
    try {
      await this.limits.consume(null, request.ip ?? 'inconnue');
      const { token, returnTo } = await this.proconnect.finish(
        typeof flowId === 'string' && /^[A-Za-z0-9_-]{20,200}$/.test(flowId) ? flowId : undefined,
        request.originalUrl,
        request.headers['user-agent'],
      );
      setSessionCookie(response, token, this.config, this.sessions.ttlMs);
      response.redirect(302, returnTo ?? '/');
    } catch (error: unknown) {
      this.refused(error, response);
    }
  }

  private flowCookie() {
    return { httpOnly: true, sameSite: 'lax' as const, secure: this.config.mode === 'production' || this.config.secureCookies, path: FLOW_PATH };
  }

  /**
   * A refusal goes back to the sign-in page with its code; ProConnect being off (404) and too many
   * sign-ins from one IP (429) are the API's own French answers.
   */
  private refused(error: unknown, response: Response): void {
    if (error instanceof AppError) throw error;
    let code: ProConnectRefusal = 'indisponible';
    if (error instanceof ProConnectRefused) {
      code = error.code;
      this.logger.warn(`ProConnect sign-in refused (${error.code}): ${error.message}`);
    } else {
      this.logger.error(`ProConnect sign-in failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
    response.redirect(302, `${SIGN_IN_PAGE}?proconnect=${code}`);
  }
}

/** A path of this app to come back to (never another site: no open redirect). */
function safeReturn(value: unknown): string | null {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\') || value.length > 500) return null;
  return value;
}
