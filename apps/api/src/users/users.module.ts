import { Module } from '@nestjs/common';
import { ActionsModule } from '../actions/actions.module';
import { MyActionsController } from './my-actions.controller';

@Module({ imports: [ActionsModule], controllers: [MyActionsController] })
export class UsersModule {}
