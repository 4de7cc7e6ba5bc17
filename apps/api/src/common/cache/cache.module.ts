import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ReadCache } from './read-cache.service';
import { WriteInvalidationInterceptor } from './write-invalidation.interceptor';

@Global()
@Module({
  providers: [ReadCache, { provide: APP_INTERCEPTOR, useClass: WriteInvalidationInterceptor }],
  exports: [ReadCache],
})
export class CacheModule {}
