import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ActionListItem, ActionListSignal, MilestoneFact } from '@boussole/domain';
import { DataSource } from 'typeorm';
import { todayIso } from '../rollups/plan-clock';
import { expectedProgressSql, overdueSql, staleSql } from '../rollups/rule-sql';
import { actionSignalSql } from './action-signal-sql';
import { ACTION_COLUMNS, ACTION_JOINS, ACTION_RULE_COLUMNS, ActionRow, toActionListItem } from './action-row';
import type { ListActionsQuery } from './dto/list-actions.query';

const OVERDUE_SQL = (today: string) => overdueSql(ACTION_RULE_COLUMNS, today);
const STALE_SQL = staleSql(ACTION_RULE_COLUMNS, 'cy.opens_on');
const EFFECTIVE_STATUS_SQL = (today: string) => `(CASE WHEN ${OVERDUE_SQL(today)} THEN 'late' ELSE a.status END)`;

const SORT_SQL: Record<string, (today: string) => string> = {
  code: () => `string_to_array(a.code, '.')::int[]`,
  title: () => `a.title`,
  dueDate: () => `a.due_date`,
  progress: () => `a.progress`,
  status: (t) => `array_position(ARRAY['late', 'at_risk', 'not_started', 'on_track', 'done', 'abandoned'], ${EFFECTIVE_STATUS_SQL(t)})`,
  lastUpdateAt: () => `a.last_update_at`,
  scheduleGap: (t) => `(a.progress - ${expectedProgressSql(ACTION_RULE_COLUMNS, t)})`,
  weight: () => `a.weight`,
  // The order of the plan's tree: axis, objective, then the action's place inside its objective.
  position: () => `ARRAY[ax.number, ob.number, a.position]`,
};

export interface ActionPage {
  items: ActionListItem[];
  total: number;
}

/** Search, filter, sort and paginate actions in one query; signals from the shared rules. */
@Injectable()
export class ActionsQueryService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(query: ListActionsQuery, scope: { unitCode?: string } = {}): Promise<ActionPage> {
    const params: unknown[] = [todayIso()];
    const today = '$1';
    const where: string[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    if (query.plan) where.push(`a.plan_id = ${param(query.plan)}`);
    if (query.axis) where.push(`a.axis_id = ${param(query.axis)}`);
    if (query.objective) where.push(`a.objective_id = ${param(query.objective)}`);
    const unit = scope.unitCode ?? query.unit;
    if (unit) where.push(`un.code = ${param(unit)}`);
    if (query.status) where.push(`${EFFECTIVE_STATUS_SQL(today)} = ANY(${param(query.status.split(','))}::text[])`);
    if (query.owner) where.push(`a.owner_id = ${param(query.owner)}`);
    const region = query.region ? param(query.region) : undefined;
    if (region) where.push(`EXISTS (SELECT 1 FROM regional_deployments d WHERE d.action_id = a.id AND d.region_code = ${region})`);
    for (const kind of new Set(query.signal?.split(',') as ActionListSignal[] | undefined)) where.push(actionSignalSql(kind, today, region));
    if (query.q?.trim()) {
      const pattern = `%${query.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.push(`unaccent(a.code || ' ' || a.title) ILIKE unaccent(${param(pattern)})`);
    }
    if (query.overdue !== undefined) where.push(`${query.overdue ? '' : 'NOT '}${OVERDUE_SQL(today)}`);
    if (query.stale !== undefined) where.push(`${query.stale ? '' : 'NOT '}${STALE_SQL}`);

    const descending = query.sort?.startsWith('-') ?? false;
    const sortKey = (query.sort ?? 'code').replace(/^-/, '');
    const order = `${SORT_SQL[sortKey](today)} ${descending ? 'DESC' : 'ASC'} NULLS LAST, string_to_array(a.code, '.')::int[], a.id`;
    const pageSize = query.pageSize ?? 50;
    const offset = ((query.page ?? 1) - 1) * pageSize;

    const rows: (ActionRow & { total: number })[] = await this.db.query(
      // $1 (today) is typed here even when no filter uses it.
      `SELECT ${ACTION_COLUMNS}, count(*) OVER ()::int AS total, $1::date AS today
         FROM actions a ${ACTION_JOINS}
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY ${order}
        LIMIT ${param(pageSize)} OFFSET ${param(offset)}`,
      params,
    );
    const total = rows[0]?.total ?? (offset > 0 ? await this.count(where, params.slice(0, -2)) : 0);
    return { items: await this.withSignals(rows, params[0] as string), total };
  }

  /** The list payloads of these rows, their milestones read in one query. */
  async withSignals(rows: ActionRow[], today: string): Promise<ActionListItem[]> {
    const milestones = await this.milestonesOf(rows.map((r) => r.id));
    return rows.map((row) => {
      const { signalDetails: _details, ...item } = toActionListItem(row, milestones.get(row.id) ?? [], today);
      return item;
    });
  }

  async milestonesOf(actionIds: number[]): Promise<Map<number, MilestoneFact[]>> {
    const byAction = new Map<number, MilestoneFact[]>();
    if (actionIds.length === 0) return byAction;
    const rows: { action_id: number; planned_date: string; done: boolean; title: string }[] = await this.db.query(
      `SELECT action_id, planned_date, done, title FROM milestones WHERE action_id = ANY($1) ORDER BY planned_date`,
      [actionIds],
    );
    for (const m of rows) {
      const list = byAction.get(m.action_id) ?? [];
      list.push({ plannedDate: m.planned_date, done: m.done, title: m.title });
      byAction.set(m.action_id, list);
    }
    return byAction;
  }

  /** A page past the end has no row to carry the total: count apart. */
  private async count(where: string[], params: unknown[]): Promise<number> {
    const [row] = await this.db.query(
      `SELECT count(*)::int AS n, $1::date AS today FROM actions a ${ACTION_JOINS} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
      params,
    );
    return row.n;
  }
}
