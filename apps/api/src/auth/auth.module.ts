import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from '../common/guards/access.guard';
import { MailModule } from '../mail/mail.module';
import { AccountLinksService } from './account-links.service';
import { AccountController } from './account.controller';
import { AccountService } from './account.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { ProConnectClient } from './proconnect/proconnect-client';
import { ProConnectController } from './proconnect/proconnect.controller';
import { ProConnectService } from './proconnect/proconnect.service';
import { SessionsService } from './sessions.service';

@Module({
  imports: [MailModule],
  controllers: [AuthController, AccountController, ProConnectController],
  providers: [AuthService, SessionsService, ProConnectClient, ProConnectService, AccountService, AccountLinksService, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [SessionsService, AccountLinksService],
})
export class AuthModule {}
