import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  can,
  indicatorAchievement,
  latestMeasurement,
  REGION_CODES,
  startOfPeriod,
  type IndicatorDetail,
  type IndicatorListItem,
  type MeasurementPayload,
} from '@boussole/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { RequestUser } from '../auth/request-user';
import { toActor } from '../auth/request-user';
import { forbidden, invalid, notFound } from '../common/errors/app-error';
import { assertIndicatorOpen } from '../cycles/axis-lock';
import { EventsService } from '../events/events.service';
import { assertPlanWritable } from '../plans/plan-writable';
import { todayIso } from '../rollups/plan-clock';
import type { MeasurementDto } from './dto/measurement.dto';
import { expectedAchievementOf, factsOf, INDICATOR_SELECT, IndicatorRow, toIndicatorListItem, trajectoryPoints } from './indicator-facts';
import { defaultPlanId } from '../plans/default-plan';

interface MeasurementRow {
  id: string;
  period: string;
  value: number;
  region_code: string | null;
  created_at: Date;
  author_id: number | null;
  author_name: string | null;
}

/** Indicators, their measurements and achievement (DESIGN §3), and the entry of new values. */
@Injectable()
export class IndicatorsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly events: EventsService,
  ) {}

  async list(planId: number | undefined): Promise<IndicatorListItem[]> {
    const plan = planId ?? (await defaultPlanId(this.db));
    if (plan === undefined) return [];
    const [exists] = await this.db.query(`SELECT 1 FROM plans WHERE id = $1`, [plan]);
    if (!exists) throw notFound('Projet stratégique');
    const rows: IndicatorRow[] = await this.db.query(`${INDICATOR_SELECT} WHERE i.plan_id = $1 ORDER BY i.id`, [plan]);
    const today = todayIso();
    return rows.map((r) => toIndicatorListItem(r, today));
  }

  async get(id: number, db: DataSource | EntityManager = this.db): Promise<IndicatorDetail> {
    const row = await this.row(id, db);
    const today = todayIso();
    return {
      ...toIndicatorListItem(row, today),
      measurements: row.measurements,
      trajectory: trajectoryPoints(row),
      expectedAchievement: expectedAchievementOf(row, today),
      regions: row.regional
        ? REGION_CODES.map((regionCode) => {
            const facts = factsOf(row, regionCode);
            const latest = latestMeasurement(facts.measurements, facts.periodicity, today);
            return {
              regionCode,
              latest: latest ? { period: latest.period, value: latest.value } : null,
              achievement: indicatorAchievement(facts, today),
            };
          })
        : [],
    };
  }

  async measurements(id: number, regionCode: string | null | undefined): Promise<MeasurementPayload[]> {
    await this.row(id);
    const rows: MeasurementRow[] = await this.db.query(
      `SELECT m.id, m.period, m.value::float8 AS value, m.region_code, m.created_at, m.author_id, u.name AS author_name
         FROM measurements m LEFT JOIN users u ON u.id = m.author_id
        WHERE m.indicator_id = $1 AND ($2::text IS NULL OR m.region_code = $2 OR ($2 = 'national' AND m.region_code IS NULL))
        ORDER BY m.period, m.region_code NULLS FIRST`,
      [id, regionCode ?? null],
    );
    return rows.map(toMeasurementPayload);
  }

  async add(user: RequestUser, id: number, dto: MeasurementDto): Promise<MeasurementPayload> {
    const saved = await this.db.transaction((manager) => this.addIn(manager, user, id, dto));
    const [result]: MeasurementRow[] = await this.db.query(
      `SELECT m.id, m.period, m.value::float8 AS value, m.region_code, m.created_at, m.author_id, u.name AS author_name
         FROM measurements m LEFT JOIN users u ON u.id = m.author_id WHERE m.id = $1`,
      [saved],
    );
    return toMeasurementPayload(result);
  }

  /** The entry inside the caller's transaction (the import applies many in one); returns the measurement's id. */
  async addIn(manager: EntityManager, user: RequestUser, id: number, dto: MeasurementDto): Promise<string> {
    const row = await this.row(id, manager);
    const regionCode = dto.regionCode ?? null;
    if (regionCode && !row.regional) {
      throw invalid('Cet indicateur n’est pas mesuré par région.', {
        regionCode: 'Indicateur national uniquement.',
      });
    }
    // National values: those who may update the action (or, for a plan, axis or objective indicator, direction and admin).
    const decision = regionCode
      ? can(toActor(user), 'deployment.update', {
          unitCode: row.unit_code,
          regionCode,
        })
      : can(toActor(user), 'action.update', { unitCode: row.unit_code });
    if (!decision.allowed) throw forbidden(decision.reason);
    assertPlanWritable(row.plan_state);
    const period = startOfPeriod(dto.period, row.periodicity);
    if (period > todayIso())
      throw invalid('On ne mesure pas une période qui n’a pas commencé.', {
        period: 'Période future.',
      });
    if (period < startOfPeriod(row.baseline_date, row.periodicity)) {
      throw invalid('La période précède la date de référence de l’indicateur.', { period: 'Avant la valeur de référence.' });
    }
    // Shared: values of one indicator land side by side, but never while its axis is being validated.
    await manager.query(`SELECT 1 FROM indicators WHERE id = $1 FOR SHARE`, [id]);
    await assertIndicatorOpen(manager, id);
    const [before] = await manager.query(
      `SELECT value::float8 AS value FROM measurements WHERE indicator_id = $1 AND period = $2 AND region_code IS NOT DISTINCT FROM $3 FOR UPDATE`,
      [id, period, regionCode],
    );
    // One value per period: a new entry for a measured period corrects it (the audit keeps the old one).
    const [measurement]: { id: string }[] = await manager.query(
      `INSERT INTO measurements (indicator_id, period, region_code, value, author_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT ON CONSTRAINT measurements_one_per_period
       DO UPDATE SET value = EXCLUDED.value, author_id = EXCLUDED.author_id, created_at = now() RETURNING id`,
      [id, period, regionCode, dto.value, user.id],
    );
    await this.audit.record(manager, {
      actorId: user.id,
      verb: before ? 'measurement.correct' : 'measurement.create',
      entityType: 'indicator',
      entityId: id,
      before: before ? { period, regionCode, value: before.value } : undefined,
      after: { period, regionCode, value: dto.value },
    });
    await this.events.publish(manager, {
      type: 'measurement.added',
      planId: row.plan_id,
      actionId: row.action_id ?? 0,
    });
    return measurement.id;
  }

  private async row(id: number, db: DataSource | EntityManager = this.db): Promise<IndicatorRow> {
    const [row]: IndicatorRow[] = await db.query(`${INDICATOR_SELECT} WHERE i.id = $1`, [id]);
    if (!row) throw notFound('Indicateur');
    return row;
  }
}

function toMeasurementPayload(r: MeasurementRow): MeasurementPayload {
  return {
    id: Number(r.id),
    period: r.period,
    value: r.value,
    regionCode: r.region_code,
    createdAt: r.created_at.toISOString(),
    author: r.author_id ? { id: r.author_id, name: r.author_name ?? '' } : null,
  };
}
