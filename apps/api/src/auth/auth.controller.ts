import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CurrentUser as CurrentUserPayload, LoginResponse, LogoutResponse } from '@boussole/domain';
import type { Response } from 'express';
import { Allow, CurrentUser, Public } from '../common/decorators/access.decorator';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AuthService } from './auth.service';
import { LoginDto } from './dto/login.dto';
import { ProConnectService } from './proconnect/proconnect.service';
import type { AuthenticatedRequest, RequestUser } from './request-user';
import { clearSessionCookie, setSessionCookie } from './session-cookie';
import { SessionsService } from './sessions.service';
import { ApiAnswers } from '../common/openapi/api-answers.decorator';
import { LOGIN_EXAMPLE } from '../common/openapi/examples';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly proconnect: ProConnectService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @ApiAnswers({
    summary: 'Ouvre une session (cookie HttpOnly) et renvoie { user, token }.',
    ok: 'LoginResponse',
    access: 'public',
    errors: [401],
    example: LOGIN_EXAMPLE,
  })
  @Public()
  @Post('login')
  @HttpCode(200)
  async login(
    @Body() body: LoginDto,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginResponse> {
    const result = await this.auth.login(body.email, body.password, request.ip ?? 'inconnue', request.headers['user-agent']);
    setSessionCookie(response, result.token, this.config, this.sessions.ttlMs);
    return result;
  }

  @ApiAnswers({
    summary: 'Ferme la session courante ; ouverte par ProConnect, répond 200 { endSessionUrl } : le navigateur y va pour clore aussi la session ProConnect.',
    ok: null,
    also: { status: 200, ok: 'LogoutResponse', description: 'Session ouverte par ProConnect : où aller pour clore aussi la session ProConnect.' },
  })
  @Allow('read')
  @Post('logout')
  @HttpCode(204)
  async logout(@CurrentUser() user: RequestUser, @Res({ passthrough: true }) response: Response): Promise<LogoutResponse | void> {
    // Read before the session (and its ID token) goes.
    const endSessionUrl = await this.proconnect.endSessionUrl(user.sessionId);
    await this.auth.logout(user.id, user.sessionId);
    clearSessionCookie(response, this.config);
    if (endSessionUrl) {
      response.status(200);
      return { endSessionUrl };
    }
  }

  @ApiAnswers({ summary: 'L’utilisateur·rice de la session.', ok: 'CurrentUser' })
  @Allow('read')
  @Get('me')
  me(@CurrentUser() user: RequestUser): CurrentUserPayload {
    const { sessionId: _sessionId, ...payload } = user;
    return payload;
  }
}
