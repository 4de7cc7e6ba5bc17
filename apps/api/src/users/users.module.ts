import { Module } from '@nestjs/common';
import { ActionsModule } from '../actions/actions.module';
import { AuthModule } from '../auth/auth.module';
import { MyActionsController } from './my-actions.controller';
import { MyActionsService } from './my-actions.service';
import { UserAdminService } from './user-admin.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [ActionsModule, AuthModule],
  controllers: [MyActionsController, UsersController],
  providers: [MyActionsService, UsersService, UserAdminService],
})
export class UsersModule {}
