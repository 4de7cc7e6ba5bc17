import { Module } from '@nestjs/common';
import { MailModule } from '../../mail/mail.module';
import { CycleCompletenessService } from '../cycle-completeness.service';
import { RemindersController } from './reminders.controller';
import { RemindersService } from './reminders.service';
import { SchedulerService } from './scheduler.service';

/**
 * A cycle's e-mails and the scheduled work that sends them. The completeness service is stateless
 * (it reads the database): this module has its own instance rather than a cycle between modules.
 */
@Module({
  imports: [MailModule],
  controllers: [RemindersController],
  providers: [RemindersService, SchedulerService, CycleCompletenessService],
  exports: [RemindersService, SchedulerService],
})
export class RemindersModule {}
