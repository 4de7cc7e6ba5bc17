import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ActionListItem } from '@boussole/domain';
import { DataSource } from 'typeorm';
import { ACTION_COLUMNS, ACTION_JOINS, ActionRow } from '../actions/action-row';
import { ActionsQueryService } from '../actions/actions-query.service';
import type { RequestUser } from '../auth/request-user';
import { todayIso } from '../rollups/plan-clock';

/** What is due first: to update in the open cycle, then overdue, then by due date. */
function dueFirst(a: ActionListItem, b: ActionListItem): number {
  const rank = (x: ActionListItem) => (x.signals.includes('stale') ? 0 : x.signals.includes('overdue') ? 1 : 2);
  return rank(a) - rank(b) || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.code.localeCompare(b.code);
}

/** "Mes actions": a project manager follows their unit's actions; anyone else, the actions they own. */
@Injectable()
export class MyActionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly actions: ActionsQueryService,
  ) {}

  async mine(user: RequestUser): Promise<ActionListItem[]> {
    const rows: ActionRow[] = await this.db.query(
      `SELECT ${ACTION_COLUMNS} FROM actions a ${ACTION_JOINS}
        WHERE ${user.unit ? 'a.unit_id = $1' : 'a.owner_id = $1'} AND (SELECT state FROM plans WHERE id = a.plan_id) = 'active'`,
      [user.unit ? user.unit.id : user.id],
    );
    const items = await this.actions.withSignals(rows, todayIso());
    return items.sort(dueFirst);
  }
}
