import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { WriteRateLimitInterceptor } from './write-rate-limit.interceptor';
import { WriteRateLimitService } from './write-rate-limit.service';

@Module({
  providers: [WriteRateLimitService, { provide: APP_INTERCEPTOR, useClass: WriteRateLimitInterceptor }],
})
export class RateLimitModule {}
