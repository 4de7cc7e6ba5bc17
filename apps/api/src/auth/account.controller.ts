import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AccountLinkPayload, CurrentUser as CurrentUserPayload, LoginResponse, PasswordResetResponse, SessionPayload } from '@boussole/domain';
import type { Request, Response } from 'express';
import { Allow, CurrentUser, Public } from '../common/decorators/access.decorator';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AccountLinksService } from './account-links.service';
import { AccountService } from './account.service';
import { AccountSettingsDto, ChoosePasswordDto, PasswordChangeDto, PasswordResetDto } from './dto/account.dto';
import type { RequestUser } from './request-user';
import { clearSessionCookie, requestOrigin, setSessionCookie } from './session-cookie';
import { SessionsService } from './sessions.service';
import { ApiAnswers } from '../common/openapi/api-answers.decorator';

/** One's own account: invitation and reset links, password change, own sessions (DESIGN §5). */
@ApiTags('auth')
@Controller('auth')
export class AccountController {
  constructor(
    private readonly account: AccountService,
    private readonly links: AccountLinksService,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @ApiAnswers({
    summary: 'À qui est ce lien d’invitation ou de réinitialisation (404 inconnu, 410 utilisé ou expiré).',
    ok: 'AccountLinkPayload',
    access: 'public',
    errors: [404, 410],
  })
  @Public()
  @Get('invitations/:token')
  link(@Param('token') token: string): Promise<AccountLinkPayload> {
    return this.links.describe(token);
  }

  @ApiAnswers({
    summary: 'Choisit le mot de passe par un lien à usage unique, puis ouvre une session comme la connexion.',
    ok: 'LoginResponse',
    access: 'public',
    errors: [404, 410],
  })
  @Public()
  @Post('invitations/:token')
  @HttpCode(200)
  async choosePassword(
    @Param('token') token: string,
    @Body() body: ChoosePasswordDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginResponse> {
    const result = await this.account.choosePassword(token, body.password, request.headers['user-agent']);
    setSessionCookie(response, result.token, this.config, this.sessions.ttlMs);
    return result;
  }

  @ApiAnswers({
    summary: 'Mot de passe oublié : envoie un lien par courriel ; même réponse que l’adresse existe ou non.',
    ok: 'PasswordResetResponse',
    access: 'public',
  })
  @Public()
  @Post('password-reset')
  @HttpCode(202)
  requestReset(@Body() body: PasswordResetDto, @Req() request: Request): Promise<PasswordResetResponse> {
    return this.account.requestReset(body.email, requestOrigin(request));
  }

  @ApiAnswers({ summary: 'Change son mot de passe (l’actuel est demandé) ; ferme ses autres sessions.', ok: null })
  @Allow('read')
  @Post('password')
  @HttpCode(204)
  changePassword(@CurrentUser() user: RequestUser, @Body() body: PasswordChangeDto): Promise<void> {
    return this.account.changePassword(user, body.currentPassword, body.newPassword);
  }

  @ApiAnswers({
    summary: 'Mes réglages : « reminders », recevoir ou non les relances des campagnes de suivi ; renvoie l’utilisateur·rice à jour.',
    ok: 'CurrentUser',
  })
  @Allow('read')
  @Patch('me')
  updateSettings(@CurrentUser() user: RequestUser, @Body() body: AccountSettingsDto): Promise<CurrentUserPayload> {
    return this.account.updateSettings(user, body);
  }

  @ApiAnswers({ summary: 'Mes sessions ouvertes : début, dernière activité, navigateur, la session courante.', ok: ['SessionPayload'] })
  @Allow('read')
  @Get('sessions')
  mySessions(@CurrentUser() user: RequestUser): Promise<SessionPayload[]> {
    return this.sessions.listOwn(user);
  }

  @ApiAnswers({ summary: 'Ferme une de mes sessions (404 pour celle d’un·e autre).', ok: null, errors: [404] })
  @Allow('read')
  @Delete('sessions/:id')
  @HttpCode(204)
  async endSession(@CurrentUser() user: RequestUser, @Param('id') id: string, @Res({ passthrough: true }) response: Response): Promise<void> {
    const wasCurrent = await this.sessions.endOwn(user, id);
    if (wasCurrent) clearSessionCookie(response, this.config);
  }
}
