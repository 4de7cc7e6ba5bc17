import type { StatusUpdatePayload } from '@boussole/domain';

export interface StatusUpdateRow {
  id: string;
  action_id: number;
  status: StatusUpdatePayload['status'];
  progress: number;
  narrative: string;
  next_steps: string | null;
  blockers: string | null;
  author_id: number;
  author_name: string;
  created_at: Date;
  cycle_id: number | null;
}

export const STATUS_UPDATE_SELECT = `
  SELECT u.id, u.action_id, u.status, u.progress, u.narrative, u.next_steps, u.blockers,
         u.author_id, au.name AS author_name, u.created_at, u.cycle_id
    FROM status_updates u JOIN users au ON au.id = u.author_id`;

export function toStatusUpdatePayload(row: StatusUpdateRow): StatusUpdatePayload {
  return {
    id: Number(row.id),
    actionId: row.action_id,
    status: row.status,
    progress: row.progress,
    narrative: row.narrative,
    nextSteps: row.next_steps,
    blockers: row.blockers,
    author: { id: row.author_id, name: row.author_name },
    createdAt: row.created_at.toISOString(),
    cycleId: row.cycle_id,
  };
}
