import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { existsSync } from 'node:fs';
import { ActionsModule } from './actions/actions.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CacheModule } from './common/cache/cache.module';
import { FileWorkModule } from './common/file-work/file-work-gate';
import { RateLimitModule } from './common/rate-limit/rate-limit.module';
import { createHttpLogger, HttpLogger } from './common/logging/http-logger';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { CommentsModule } from './comments/comments.module';
import { CyclesModule } from './cycles/cycles.module';
import { dataSourceOptions } from './database/data-source';
import { EventsModule } from './events/events.module';
import { BriefingModule } from './exports/briefing/briefing.module';
import { ExportsModule } from './exports/exports.module';
import { HealthModule } from './health/health.module';
import { ImportsModule } from './imports/imports.module';
import { IndicatorsModule } from './indicators/indicators.module';
import { MailModule } from './mail/mail.module';
import { MetricsModule } from './metrics/metrics.module';
import { PlansModule } from './plans/plans.module';
import { RegionsModule } from './regions/regions.module';
import { RollupsModule } from './rollups/rollups.module';
import { UnitsModule } from './units/units.module';
import { UsersModule } from './users/users.module';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  /** The built web app's folder; served on the same port as the API when it exists. */
  webRoot?: string;
  /** The JSON logger, whose middleware `createApp` puts first; a silent one without it. */
  httpLogger?: HttpLogger;
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, webRoot, httpLogger = createHttpLogger({ level: 'silent' }) }: AppModuleOptions): DynamicModule {
    const serveWeb =
      webRoot && existsSync(webRoot)
        ? [
            ServeStaticModule.forRoot({
              rootPath: webRoot,
              exclude: ['/api/{*path}'],
              serveStaticOptions: {
                // Built files whose name carries a content hash are cached for good; the others
                // (index.html, favicons) are revalidated each time.
                setHeaders: (response, path) => {
                  const hashed = /-[A-Z0-9]{8}\.(js|css|woff2?|ttf|svg|png)$/.test(path);
                  response.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
                },
              },
            }),
          ]
        : [];
    return {
      module: AppModule,
      global: true,
      imports: [
        // pino-http already runs (see createApp): this binds each request's logger, so Nest's own
        // Logger lines written during a request carry its reqId.
        LoggerModule.forRoot({
          pinoHttp: { logger: httpLogger.logger },
          useExisting: true,
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
        }),
        TypeOrmModule.forRoot({ ...dataSourceOptions(databaseUrl), migrationsRun: false }),
        ...serveWeb,
        AuditModule,
        EventsModule,
        MetricsModule,
        CacheModule,
        FileWorkModule,
        MailModule,
        AuthModule,
        RateLimitModule,
        HealthModule,
        PlansModule,
        UnitsModule,
        RegionsModule,
        ActionsModule,
        RollupsModule,
        UsersModule,
        CyclesModule,
        CommentsModule,
        IndicatorsModule,
        ExportsModule,
        BriefingModule,
        ImportsModule,
      ],
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
