import type {
  AdminAction,
  AdminAxis,
  AdminIndicator,
  AdminObjective,
} from '../admin-types';

/** What the structure tree asks the page to do; the page opens the form or sends the request. */
export type TreeCommand =
  | { kind: 'edit-axis'; axis: AdminAxis }
  | { kind: 'delete-axis'; axis: AdminAxis }
  | { kind: 'move-axis'; axis: AdminAxis; by: -1 | 1 }
  | { kind: 'add-objective'; axis: AdminAxis }
  | { kind: 'edit-objective'; objective: AdminObjective }
  | { kind: 'delete-objective'; objective: AdminObjective }
  | { kind: 'move-objective'; objective: AdminObjective; by: -1 | 1 }
  | { kind: 'add-action'; objective: AdminObjective }
  | { kind: 'edit-action'; action: AdminAction }
  | { kind: 'delete-action'; action: AdminAction }
  | { kind: 'move-action'; action: AdminAction; index: number; by: -1 | 1 }
  | { kind: 'relocate-action'; action: AdminAction }
  | { kind: 'add-indicator'; attachedTo: string }
  | { kind: 'edit-indicator'; indicator: AdminIndicator }
  | { kind: 'delete-indicator'; indicator: AdminIndicator };
