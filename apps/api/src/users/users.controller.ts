import { Body, Controller, Get, Headers, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import type { InvitationPayload, UserCreateResponse, UserPayload } from '@boussole/domain';
import type { Request, Response } from 'express';
import type { RequestUser } from '../auth/request-user';
import { requestOrigin } from '../auth/session-cookie';
import { Allow, CurrentUser } from '../common/decorators/access.decorator';
import { ParseIdPipe } from '../common/pipes/id.pipe';
import { ListUsersQuery } from './dto/list-users.query';
import { CreateUserDto, PatchUserDto } from './dto/user.dto';
import { UserAdminService } from './user-admin.service';
import { UsersService } from './users.service';
import { ApiAnswers } from '../common/openapi/api-answers.decorator';

/** User management (DESIGN §5, admin only). */
@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly admin: UserAdminService,
  ) {}

  @ApiAnswers({
    summary: 'Les comptes : recherche (nom, adresse), filtres rôle, sous-direction, région, actif ; total dans X-Total-Count.',
    ok: ['UserPayload'],
    paginated: true,
    errors: [403],
  })
  @Allow('users.manage')
  @Get()
  async list(@Query() query: ListUsersQuery, @Res({ passthrough: true }) response: Response): Promise<UserPayload[]> {
    const page = await this.users.list(query);
    response.setHeader('X-Total-Count', String(page.total));
    return page.items;
  }

  @ApiAnswers({ summary: 'Un compte, avec sa version.', ok: 'UserPayload', errors: [403, 404] })
  @Allow('users.manage')
  @Get(':id')
  async get(@Param('id', ParseIdPipe) id: number, @Res({ passthrough: true }) response: Response): Promise<UserPayload> {
    const user = await this.users.get(id);
    response.setHeader('ETag', `"${user.version}"`);
    // For If-Match only: the answer changes without the version (last sign-in, invitation), and a
    // browser revalidating with If-None-Match would get a stale 304 from Express.
    response.setHeader('Cache-Control', 'no-store');
    return user;
  }

  @ApiAnswers({ summary: 'Crée un compte (rattaché selon son rôle) et son lien d’invitation, valable 7 jours.', ok: 'UserCreateResponse', errors: [404, 409] })
  @Allow('users.manage')
  @Post()
  create(@CurrentUser() actor: RequestUser, @Body() body: CreateUserDto, @Req() request: Request): Promise<UserCreateResponse> {
    return this.admin.create(actor, body, requestOrigin(request));
  }

  @ApiAnswers({
    summary: 'Modifie, désactive (ses sessions se ferment) ou réactive un compte (428 sans version, 409 si modifié entre-temps).',
    ok: 'UserPayload',
    errors: [404, 428],
    conflict: 'UserPayload',
  })
  @Allow('users.manage')
  @Patch(':id')
  @ApiHeader({ name: 'If-Match', description: 'La version du compte modifiée (ou « version » dans le corps).' })
  async patch(
    @CurrentUser() actor: RequestUser,
    @Param('id', ParseIdPipe) id: number,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: PatchUserDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<UserPayload> {
    const user = await this.admin.patch(actor, id, ifMatch, body);
    response.setHeader('ETag', `"${user.version}"`);
    return user;
  }

  @ApiAnswers({
    summary: 'Un nouveau lien à usage unique (invitation, ou réinitialisation s’il a un mot de passe) ; les précédents cessent de valoir.',
    ok: 'InvitationPayload',
    errors: [404, 409],
  })
  @Allow('users.manage')
  @Post(':id/invitation')
  invite(@CurrentUser() actor: RequestUser, @Param('id', ParseIdPipe) id: number, @Req() request: Request): Promise<InvitationPayload> {
    return this.admin.invite(actor, id, requestOrigin(request));
  }
}
