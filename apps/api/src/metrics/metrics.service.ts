import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { createHash, timingSafeEqual } from 'node:crypto';
import { DataSource } from 'typeorm';
import { routeOf } from '../common/logging/http-logger';
import { AppError } from '../common/errors/app-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { EventsService } from '../events/events.service';

/** The pg Pool behind TypeORM's postgres driver, as far as its counters go. */
interface PoolCounters {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * The Prometheus metrics of one app instance, in a registry of its own (tests run several apps in
 * one process; the global registry would mix them or refuse the second one's names).
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  private readonly httpDuration = new Histogram({
    name: 'boussole_http_request_duration_seconds',
    help: 'Durée des requêtes HTTP, par méthode, route (le motif déclaré, jamais l’URL) et statut.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  private readonly rollups = new Counter({
    name: 'boussole_rollup_computations_total',
    help: 'Roll-ups de plan calculés (les réponses servies par le cache de lecture n’en comptent pas).',
    registers: [this.registry],
  });

  private readonly rollupDuration = new Histogram({
    name: 'boussole_rollup_computation_duration_seconds',
    help: 'Durée du calcul d’un roll-up de plan.',
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  private readonly cacheHits = new Counter({
    name: 'boussole_read_cache_hits_total',
    help: 'Lectures lourdes servies par le cache de lecture, sans calcul (par famille de réponse).',
    labelNames: ['cache'] as const,
    registers: [this.registry],
  });

  private readonly cacheMisses = new Counter({
    name: 'boussole_read_cache_misses_total',
    help: 'Lectures lourdes qu’il a fallu calculer (par famille de réponse).',
    labelNames: ['cache'] as const,
    registers: [this.registry],
  });

  private readonly cacheStale = new Counter({
    name: 'boussole_read_cache_stale_total',
    help: 'Parmi les hits, les réponses précédentes servies pendant leur recalcul après une écriture (par famille de réponse).',
    labelNames: ['cache'] as const,
    registers: [this.registry],
  });

  private readonly doorAnswers = new Counter({
    name: 'boussole_read_door_answers_total',
    help: 'Parmi les hits, les lectures répondues avant Express par la porte des lectures en cache (par famille de réponse).',
    labelNames: ['cache'] as const,
    registers: [this.registry],
  });

  private readonly cacheCounters = new Map<string, { hit: Counter.Internal; miss: Counter.Internal }>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() db: DataSource,
    events: EventsService,
  ) {
    const pool = () => (db.driver as unknown as { master?: PoolCounters }).master;
    const poolGauge = (name: string, help: string, read: (p: PoolCounters) => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          const found = pool();
          this.set(found ? read(found) : 0);
        },
      });
    poolGauge('boussole_db_pool_connections', 'Connexions ouvertes du pool PostgreSQL.', (p) => p.totalCount);
    poolGauge('boussole_db_pool_idle_connections', 'Connexions du pool PostgreSQL inoccupées.', (p) => p.idleCount);
    poolGauge('boussole_db_pool_waiting_requests', 'Requêtes en attente d’une connexion du pool PostgreSQL.', (p) => p.waitingCount);
    new Gauge({
      name: 'boussole_event_stream_clients',
      help: 'Clients abonnés au flux /api/events sur ce réplica.',
      registers: [this.registry],
      collect() {
        this.set(events.streamClients);
      },
    });
    // The process metrics (CPU, memory, event loop, GC) cost timers and observers: only when scraped.
    if (config.metricsToken) collectDefaultMetrics({ register: this.registry });
  }

  /** Times every request until its answer is sent (or the client leaves), under its route's pattern. */
  readonly httpMiddleware = (request: Request, response: Response, next: NextFunction): void => {
    const stop = this.httpDuration.startTimer();
    response.once('close', () => stop({ method: request.method, route: routeOf(request), status: String(response.statusCode) }));
    next();
  };

  /** Counts and times a fresh roll-up computation. */
  async timeRollup<T>(compute: () => Promise<T>): Promise<T> {
    const stop = this.rollupDuration.startTimer();
    try {
      return await compute();
    } finally {
      stop();
      this.rollups.inc();
    }
  }

  /** A read-cache answer: `hit` when nothing had to be computed. The key's first segment names its family. */
  readCache(key: string, hit: boolean): void {
    const family = familyOf(key);
    let counters = this.cacheCounters.get(family);
    if (!counters) {
      // A family's two children, found once: labelling a counter on every hit hashes its labels again.
      counters = { hit: this.cacheHits.labels(family), miss: this.cacheMisses.labels(family) };
      this.cacheCounters.set(family, counters);
    }
    (hit ? counters.hit : counters.miss).inc();
  }

  /** A read-cache hit that was the previous answer, served while a write made it recomputed. */
  readCacheStale(key: string): void {
    this.cacheStale.labels(familyOf(key)).inc();
  }

  /** A read-cache hit answered by the cached-read door, before Express. */
  readDoor(key: string): void {
    this.readCache(key, true);
    this.doorAnswers.labels(familyOf(key)).inc();
  }

  /** The text exposition, for a caller holding METRICS_TOKEN (404 while no token is configured). */
  async scrape(authorization: string | undefined): Promise<{ contentType: string; body: string }> {
    const expected = this.config.metricsToken;
    if (!expected) throw new AppError('not_found', 'Métriques désactivées : définissez METRICS_TOKEN.');
    const given = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1] ?? '';
    if (!sameSecret(given, expected)) {
      throw new AppError('unauthenticated', 'Jeton des métriques absent ou invalide : Authorization: Bearer <METRICS_TOKEN>.');
    }
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}

/** Constant time whatever the lengths: both sides are hashed to the same size first. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** The family of a read-cache key, its first segment (`rollup:1:…` → `rollup`): the metrics' label. */
function familyOf(key: string): string {
  const colon = key.indexOf(':');
  return colon < 0 ? key : key.slice(0, colon);
}
