import { Global, Module } from '@nestjs/common';
import { WriteRateLimitService } from './write-rate-limit.service';

/** The write rate limit, counted by the access guard once a write is allowed (common/guards/access.guard.ts). */
@Global()
@Module({
  providers: [WriteRateLimitService],
  exports: [WriteRateLimitService],
})
export class RateLimitModule {}
