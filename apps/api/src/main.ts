import { Logger } from '@nestjs/common';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { createApp } from './bootstrap';
import { ConfigError, loadConfig } from './config/app-config';
import { EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded-postgres';
import { prepareDatabase } from './database/prepare-database';
import { drainHttpServer, trackConnections } from './health/graceful-shutdown';
import { Lifecycle } from './health/lifecycle.service';

/**
 * Starts Boussole: the database (the embedded PostgreSQL unless DATABASE_URL names a server), its
 * migrations and, on an empty database in demo mode, the demo data; then the API and the built web
 * app on one port. Demo is the default only on the embedded database: with DATABASE_URL the mode
 * must be named, and production refuses a database that holds the demo accounts.
 */
async function main(): Promise<void> {
  const logger = new Logger('Boussole');
  // The lines before the app exists wait for its JSON logger (createApp replays them through it).
  Logger.attachBuffer();
  const config = loadConfig();
  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = config.databaseUrl;
  // Migrations and the app role's grants run as the schema's owner; the app, as DATABASE_URL's role.
  let ownerUrl = config.databaseOwnerUrl;
  if (!databaseUrl) {
    logger.log(`PostgreSQL embarqué, données dans ${config.dataDir}`);
    embedded = await startEmbeddedPostgres(config.dataDir);
    databaseUrl = embedded.appUrl;
    ownerUrl = embedded.url;
  }
  if (config.databaseUrl && config.mode === 'demo') {
    logger.warn('Mode démonstration sur DATABASE_URL : une base vide y recevra les comptes de démonstration, au mot de passe public.');
  }
  const prepared = await prepareDatabase(ownerUrl ?? databaseUrl, config, ownerUrl ? { appUrl: databaseUrl } : {}).catch(async (error: unknown) => {
    // A refused start (e.g. demo accounts in production) leaves the embedded PostgreSQL stopped cleanly.
    await embedded?.stop().catch(() => undefined);
    throw error;
  });
  if (prepared.migrations.length) logger.log(`Migrations appliquées : ${prepared.migrations.join(', ')}`);
  if (prepared.demoLoaded) logger.log('Données de démonstration chargées.');
  if (prepared.roleWarning) logger.warn(`Droits de la base : ${prepared.roleWarning}`);

  const app = await createApp({
    config,
    databaseUrl,
    webRoot: process.env['WEB_ROOT'] ?? join(__dirname, '..', 'web', 'browser'),
  });
  // From the first connection, so that a drain knows which ones carry a request not yet parsed.
  trackConnections(app.getHttpServer() as Server);
  await app.listen(config.port);
  logger.log(`Boussole est prêt : http://localhost:${config.port} (mode ${config.mode})`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`Arrêt (${signal})…`);
    // Readiness answers 503 at once and the event streams end; in-flight requests finish, then Nest
    // closes the pool and the listener.
    app.get(Lifecycle).startDraining();
    await drainHttpServer(app.getHttpServer() as Server, 20_000);
    logger.log('Requêtes en cours terminées.');
    await app.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  // A start that failed before the JSON logger existed still shows what it did (as plain text).
  Logger.flush();
  // A configuration error is the user's to fix: say it plainly, without a stack.
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
