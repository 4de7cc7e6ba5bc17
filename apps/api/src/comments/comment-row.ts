import type { CommentKind, CommentPayload } from '@boussole/domain';

export interface CommentRow {
  id: number;
  action_id: number;
  region_code: string | null;
  parent_id: number | null;
  kind: CommentKind;
  text: string;
  author_id: number;
  author_name: string;
  author_role: string;
  author_region: string | null;
  author_unit: string | null;
  created_at: Date;
  edited_at: Date | null;
  deleted_at: Date | null;
}

export const COMMENT_SELECT = `
  SELECT c.id, c.action_id, c.region_code, c.parent_id, c.kind, c.text, c.author_id, u.name AS author_name,
         u.role AS author_role, u.region_code AS author_region, un.code AS author_unit, c.created_at, c.edited_at, c.deleted_at
    FROM comments c JOIN users u ON u.id = c.author_id LEFT JOIN units un ON un.id = u.unit_id`;

/** A deleted comment keeps its place (its replies stay readable) but loses its text. */
export function toCommentPayload(row: CommentRow): CommentPayload {
  const deleted = row.deleted_at !== null;
  return {
    id: row.id,
    actionId: row.action_id,
    regionCode: row.region_code,
    kind: row.kind,
    text: deleted ? '' : row.text,
    author: { id: row.author_id, name: row.author_name, role: row.author_role, regionCode: row.author_region, unitCode: row.author_unit },
    createdAt: row.created_at.toISOString(),
    editedAt: row.edited_at ? row.edited_at.toISOString() : null,
    parentId: row.parent_id,
    deleted,
  };
}
