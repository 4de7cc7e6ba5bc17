import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { round1, type CompletenessCount, type CycleCompleteness, type MissingAction } from '@boussole/domain';
import { DataSource } from 'typeorm';
import { notFound } from '../common/errors/app-error';
import { EXPECTED_SQL } from './expected-updates';
import { ReportingCycleEntity } from './reporting-cycle.entity';

interface ExpectedRow {
  id: number;
  code: string;
  title: string;
  received: boolean;
  last_update_at: Date | null;
  axis_id: number;
  axis_number: number;
  unit_code: string;
  unit_name: string;
  owner_id: number | null;
  owner_name: string | null;
}

interface Tally {
  expected: number;
  received: number;
}

/**
 * `GET /api/cycles/:id/completeness`: who still owes an update in a cycle, overall and per axis,
 * unit, owner, and (for regional actions) per region's deployment report. What a cycle expects is
 * the one rule of `expected-updates.ts`, which an axis's validation counts by too.
 */
@Injectable()
export class CycleCompletenessService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async completeness(id: number): Promise<CycleCompleteness> {
    // One snapshot for the three reads: the totals and their breakdowns always agree.
    return this.db.transaction('REPEATABLE READ', async (manager) => {
      const cycle = await manager.getRepository(ReportingCycleEntity).findOneBy({ id });
      if (!cycle) throw notFound('Campagne de suivi');
      const rows: ExpectedRow[] = await manager.query(
        `SELECT e.id, e.code, e.title, e.received, e.last_update_at, ax.id AS axis_id, ax.number AS axis_number,
                un.code AS unit_code, un.name AS unit_name, ow.id AS owner_id, ow.name AS owner_name
           FROM (${EXPECTED_SQL}) e
           JOIN axes ax ON ax.id = e.axis_id
           JOIN units un ON un.id = e.unit_id
           LEFT JOIN users ow ON ow.id = e.owner_id
          ORDER BY e.code`,
        [id],
      );
      const axes: { id: number; number: number; title: string }[] = await manager.query(
        `SELECT id, number, title FROM axes WHERE plan_id = $1 ORDER BY number`,
        [cycle.planId],
      );
      // A deployment's report counts when it was written during the cycle, or, signed by someone,
      // at any time since the cycle opened (a late report after the closing day still answers it).
      const regions: (Tally & { code: string; name: string })[] = await manager.query(
        `SELECT r.code, r.name, count(*)::int AS expected,
                count(*) FILTER (WHERE d.updated_at >= c.opens_on AND (d.updated_at < c.closes_on + 1 OR d.updated_by IS NOT NULL))::int AS received
           FROM (${EXPECTED_SQL}) e
           JOIN regional_deployments d ON d.action_id = e.id
           JOIN regions r ON r.code = d.region_code
           JOIN reporting_cycles c ON c.id = $1
          WHERE e.regional
          GROUP BY r.code, r.name
          ORDER BY r.code`,
        [id],
      );

      const byAxis = new Map<number, Tally>(axes.map((a) => [a.id, { expected: 0, received: 0 }]));
      const byUnit = new Map<string, Tally & { code: string; name: string }>();
      const byOwner = new Map<number | null, Tally & { id: number | null; name: string }>();
      const total: Tally = { expected: 0, received: 0 };
      const missing: MissingAction[] = [];
      for (const row of rows) {
        const unit = byUnit.get(row.unit_code) ?? { code: row.unit_code, name: row.unit_name, expected: 0, received: 0 };
        byUnit.set(row.unit_code, unit);
        const owner = byOwner.get(row.owner_id) ?? { id: row.owner_id, name: row.owner_name ?? 'Sans responsable', expected: 0, received: 0 };
        byOwner.set(row.owner_id, owner);
        for (const tally of [total, byAxis.get(row.axis_id), unit, owner]) {
          if (!tally) continue;
          tally.expected++;
          if (row.received) tally.received++;
        }
        if (!row.received) {
          missing.push({
            id: row.id,
            code: row.code,
            title: row.title,
            axisNumber: row.axis_number,
            unitCode: row.unit_code,
            owner: row.owner_id === null ? null : { id: row.owner_id, name: row.owner_name ?? '' },
            lastUpdateAt: row.last_update_at?.toISOString() ?? null,
          });
        }
      }

      return {
        cycle: { id: cycle.id, label: cycle.label, opensOn: cycle.opensOn, closesOn: cycle.closesOn, state: cycle.state },
        ...count(total),
        byAxis: axes.map((a) => ({ id: a.id, number: a.number, title: a.title, ...count(byAxis.get(a.id) ?? { expected: 0, received: 0 }) })),
        byUnit: [...byUnit.values()].sort((a, b) => a.code.localeCompare(b.code)).map((u) => ({ code: u.code, name: u.name, ...count(u) })),
        byOwner: [...byOwner.values()]
          // "Sans responsable" last; the others by name, as people look them up.
          .sort((a, b) => (a.id === null ? 1 : b.id === null ? -1 : a.name.localeCompare(b.name, 'fr')))
          .map((o) => ({ id: o.id, name: o.name, ...count(o) })),
        byRegion: regions.map((r) => ({ code: r.code, name: r.name, ...count(r) })),
        // Codes sort as numbers, part by part: 1.2.10 after 1.2.9.
        missingActions: missing.sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true })),
      };
    });
  }
}

function count(tally: Tally): CompletenessCount {
  return {
    expected: tally.expected,
    received: tally.received,
    missing: tally.expected - tally.received,
    percent: tally.expected === 0 ? null : round1((tally.received / tally.expected) * 100),
  };
}
