import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EXCLUSION_REASONS, type RollupExplainPage } from '@boussole/domain';
import { DataSource } from 'typeorm';
import { MAX_ID } from '../common/dto/id';
import { notFound } from '../common/errors/app-error';
import { pageWindow } from '../common/page.query';
import type { RollupExplainQuery } from './dto/rollup-explain.query';
import { parseDateParam, todayIso } from './plan-clock';
import { explainStatement, type RollupNodeRef } from './rollup.sql';

interface ExplainRow {
  found: boolean;
  counted_total: number;
  excluded_total: number;
  rows: { id: number; code: string; weight: number; progress: number; counted: boolean; status: string }[];
}

/**
 * `GET /api/plans/:id/rollup/explain`: what one node's figures were computed from, a page at a time
 * (a plan's node lists every action: the roll-up's own answer stays the same size whatever the plan).
 */
@Injectable()
export class RollupExplainService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async explain(planId: number, query: RollupExplainQuery): Promise<RollupExplainPage> {
    const today = todayIso();
    const asOf = parseDateParam('asOf', query.asOf, today);
    const node = parseNode(query.node);
    const window = pageWindow(query);
    // An id beyond PostgreSQL's integers names no node (and must not reach the SQL as one).
    if (node.kind !== 'plan' && node.id > MAX_ID) throw notFound(nodeName(node));
    const { text, values } = explainStatement(planId, node, asOf, today, window);
    const [row] = (await this.db.query(text, values)) as ExplainRow[];
    if (!row) throw notFound('Projet stratégique');
    if (!row.found) throw notFound(nodeName(node));
    const page: RollupExplainPage = {
      node: node.kind === 'plan' ? 'plan' : `${node.kind}:${node.id}`,
      asOf,
      counted: [],
      excluded: [],
      countedTotal: row.counted_total,
      excludedTotal: row.excluded_total,
      page: query.page ?? 1,
      pageSize: window.limit,
    };
    for (const r of row.rows) {
      if (r.counted) page.counted.push({ actionId: r.id, code: r.code, weight: r.weight, progress: r.progress });
      else page.excluded.push({ actionId: r.id, code: r.code, reason: r.status === 'abandoned' ? EXCLUSION_REASONS.abandoned : EXCLUSION_REASONS.noWeight });
    }
    return page;
  }
}

/** `plan`, `axis:<id>` or `objective:<id>`, already checked against NODE_PATTERN by the DTO. */
function parseNode(node: string): RollupNodeRef {
  if (node === 'plan') return { kind: 'plan' };
  const [kind, id] = node.split(':');
  return { kind: kind === 'axis' ? 'axis' : 'objective', id: Number(id) };
}

function nodeName(node: RollupNodeRef): string {
  return node.kind === 'axis' ? 'Axe' : 'Objectif';
}
