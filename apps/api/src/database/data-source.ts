import { types } from 'pg';
import { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { InitialSchema1764000000000 } from './migrations/1764000000000-initial-schema';
import { ReferenceData1764000000001 } from './migrations/1764000000001-reference-data';
import { TrackingLoop1764000000002 } from './migrations/1764000000002-tracking-loop';
import { Administration1764000000003 } from './migrations/1764000000003-administration';
import { AccountActivity1764000000005 } from './migrations/1764000000005-account-activity';
import { CycleValidation1764000000006 } from './migrations/1764000000006-cycle-validation';
import { Reminders1764000000007 } from './migrations/1764000000007-reminders';
import { Imports1764000000008 } from './migrations/1764000000008-imports';
import { RateLimits1764000000010 } from './migrations/1764000000010-rate-limits';
import { StatusUpdatesCovering1764000000011 } from './migrations/1764000000011-status-updates-covering';
import { StatusUpdateFunction1764000000012 } from './migrations/1764000000012-status-update-function';
import { ProConnect1764000000013 } from './migrations/1764000000013-proconnect';
import { UserLanguage1764000000014 } from './migrations/1764000000014-user-language';

/**
 * The one TypeORM configuration, used by Nest and by the migration CLI alike. The schema is only
 * ever changed by migrations, never synchronised from the entities.
 */
export const MIGRATIONS = [
  InitialSchema1764000000000,
  ReferenceData1764000000001,
  TrackingLoop1764000000002,
  Administration1764000000003,
  AccountActivity1764000000005,
  CycleValidation1764000000006,
  Reminders1764000000007,
  Imports1764000000008,
  RateLimits1764000000010,
  StatusUpdatesCovering1764000000011,
  StatusUpdateFunction1764000000012,
  ProConnect1764000000013,
  UserLanguage1764000000014,
];

// Calendar dates stay the 'YYYY-MM-DD' strings PostgreSQL sends: turned into a JS Date they would
// shift with the server's time zone.
types.setTypeParser(types.builtins.DATE, (value: string) => value);

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'all',
    synchronize: false,
    logging: ['error'],
    extra: {
      max: Number(process.env['DB_POOL_SIZE'] ?? 20),
      // While the database is down a request fails within seconds (a 503) instead of waiting for a
      // connection that will not come; TCP keep-alive notices a vanished server on idle clients.
      connectionTimeoutMillis: Number(process.env['DB_CONNECT_TIMEOUT_MS'] ?? 2500),
      keepAlive: true,
    },
    // An idle client's error (the server killed) is the pool's to drop, never an uncaught exception.
    poolErrorHandler: () => undefined,
  };
}

