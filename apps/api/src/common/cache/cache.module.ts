import { Global, Module } from '@nestjs/common';
import { ReadCache } from './read-cache.service';

/** The read cache; bootstrap.ts ends its generation after every successful write (write-invalidation.ts). */
@Global()
@Module({
  providers: [ReadCache],
  exports: [ReadCache],
})
export class CacheModule {}
