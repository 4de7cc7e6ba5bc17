import type { CommentPayload } from '@boussole/domain';

/** A top-level comment with its replies (one level, DESIGN §2). */
export interface ThreadEntry {
  readonly comment: CommentPayload;
  readonly replies: readonly CommentPayload[];
}

/**
 * Groups the API's flat list into top-level comments and their replies, keeping the API's order.
 * A reply whose parent is missing is shown as a top-level comment rather than lost.
 */
export function toThread(comments: readonly CommentPayload[]): ThreadEntry[] {
  const ids = new Set(comments.map((comment) => comment.id));
  const replies = new Map<number, CommentPayload[]>();
  for (const comment of comments) {
    if (comment.parentId !== null && ids.has(comment.parentId)) {
      const list = replies.get(comment.parentId) ?? [];
      list.push(comment);
      replies.set(comment.parentId, list);
    }
  }
  return comments
    .filter(
      (comment) => comment.parentId === null || !ids.has(comment.parentId),
    )
    .map((comment) => ({ comment, replies: replies.get(comment.id) ?? [] }));
}

/** The comments still readable (not deleted). */
export function visibleCount(comments: readonly CommentPayload[]): number {
  return comments.filter((comment) => !comment.deleted).length;
}
