import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import { Logger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { NextFunction, Request, Response } from 'express';
import type { Server } from 'node:http';
import { AppModule, AppModuleOptions } from './app.module';
import { SessionsService } from './auth/sessions.service';
import { sessionCookieName } from './auth/session-token';
import { openCachedReadDoor } from './common/cache/cached-read-door';
import { ReadCache } from './common/cache/read-cache.service';
import { invalidateAfterWrites } from './common/cache/write-invalidation';
import { securityHeaders } from './common/security-headers';
import { HttpErrorFilter } from './common/filters/http-error.filter';
import { createHttpLogger } from './common/logging/http-logger';
import { completeContract } from './common/openapi/contract';
import { API_TAGS } from './common/openapi/tags';
import { validationPipe } from './common/validation';
import { MetricsService } from './metrics/metrics.service';

const documents = new WeakMap<INestApplication, OpenAPIObject>();

/** The OpenAPI document an app serves at /api/docs-json: the tests hold every answer to it. */
export function apiDocumentOf(app: INestApplication): OpenAPIObject {
  const document = documents.get(app);
  if (!document) throw new Error('Cette application n’a pas été construite par createApp.');
  return document;
}

/** Builds the Nest application as `main.ts` serves it; the integration tests build it the same way. */
export async function createApp(
  options: AppModuleOptions & {
    /** `false`: no log at all (the tests). */
    logger?: boolean;
    /** Where the JSON log lines go; stdout by default (a spec captures them here). */
    logDestination?: DestinationStream;
  },
): Promise<INestApplication> {
  const silent = options.logger === false;
  const httpLogger = createHttpLogger({ level: silent ? 'silent' : options.config.logLevel, destination: options.logDestination });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ ...options, httpLogger }), {
    logger: silent ? false : undefined,
    // Nest's start-up lines wait for the JSON logger instead of going out as plain text.
    bufferLogs: !silent,
    bodyParser: false,
  });
  if (!silent) app.useLogger(app.get(Logger));
  // First of all, so that every answer, even a refused body, has its X-Request-Id, access line and timing.
  app.use(httpLogger.middleware);
  app.use(app.get(MetricsService).httpMiddleware);
  // Before any handler: a successful write ends the read cache's generation as its answer leaves.
  app.use(invalidateAfterWrites(app.get(ReadCache)));
  app.setGlobalPrefix('api');
  // Behind nginx in docker-compose the proxy is another container: TRUST_PROXY=uniquelocal names it.
  app.set('trust proxy', options.config.trustProxy);
  app.disable('x-powered-by');
  // helmet's headers (computed once) and, on the API, no-store.
  const headers = securityHeaders();
  app.use(headers);
  const cookies = cookieParser();
  app.use(cookies);
  app.useBodyParser('json', { limit: '1mb' });
  // Answers already gzipped by the read cache go out as they are; the others are compressed here.
  app.use(compression({ threshold: 2048 }));
  if (options.config.mode === 'production') app.use(['/api/docs', '/api/docs-json'], docsForSignedIn(app.get(SessionsService)));
  app.useGlobalPipes(validationPipe());
  app.useGlobalFilters(new HttpErrorFilter());

  const builder = new DocumentBuilder();
  for (const [name, description] of API_TAGS) builder.addTag(name, description);
  const document = SwaggerModule.createDocument(
    app,
    builder
      .setTitle('Boussole — API')
      .setDescription('Pilotage du projet stratégique de la DGOS : plans, axes, objectifs, actions, indicateurs, régions.')
      .setVersion(options.config.version)
      .setLicense('MIT', 'https://opensource.org/license/mit')
      // The paths carry their /api prefix: the server is the origin the document is read from.
      .addServer('/', 'Cette instance de Boussole')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'opaque', description: 'Le « token » renvoyé par POST /api/auth/login, pour les scripts.' }, 'bearer')
      .addCookieAuth(sessionCookieName(options.config), { type: 'apiKey', in: 'cookie', description: 'Le cookie HttpOnly de session posé par la connexion (l’application web).' }, 'cookie')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'opaque', description: 'METRICS_TOKEN, pour le seul GET /api/metrics.' }, 'metrics')
      .build(),
  );
  completeContract(document);
  documents.set(app, document);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  // In front of Express: a read the cache has already answered leaves there, with the guard's checks.
  openCachedReadDoor(app.getHttpServer() as Server, {
    cache: app.get(ReadCache),
    sessions: app.get(SessionsService),
    metrics: app.get(MetricsService),
    track: httpLogger.track,
    headers,
    cookies,
  });
  return app;
}

/** In production the API's map is for signed-in people (a session cookie or a bearer), as the API is. */
function docsForSignedIn(sessions: SessionsService) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const found = sessions.tokenOf(request);
    (found ? sessions.userOfToken(found.token) : Promise.resolve(null)).then(
      (user) => {
        if (user) return next();
        response.status(401).json({
          statusCode: 401,
          error: 'Non authentifié',
          message: 'Authentification requise : connectez-vous pour lire la documentation de l’API.',
        });
      },
      next,
    );
  };
}
