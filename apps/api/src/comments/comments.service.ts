import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { can, type CommentPayload, type PlanState, type Verb } from '@boussole/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { RequestUser } from '../auth/request-user';
import { toActor } from '../auth/request-user';
import { forbidden, invalid, notFound } from '../common/errors/app-error';
import { EventsService } from '../events/events.service';
import { assertPlanWritable } from '../plans/plan-writable';
import { COMMENT_SELECT, CommentRow, toCommentPayload } from './comment-row';
import type { CreateCommentDto, UpdateCommentDto } from './dto/comment.dto';

type OwnComment = Pick<CommentRow, 'id' | 'action_id' | 'author_id' | 'kind' | 'text'> & { plan_id: number; plan_state: PlanState };

interface Thread {
  actionId: number;
  /** Null: the action's own thread; else one regional deployment's. */
  regionCode: string | null;
}

/** Comments on actions and on regional deployments: plain text, one level of replies, audited. */
@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly events: EventsService,
  ) {}

  async list(thread: Thread): Promise<CommentPayload[]> {
    await this.threadContext(this.db.manager, thread);
    const rows: CommentRow[] = await this.db.query(
      `${COMMENT_SELECT} WHERE c.action_id = $1 AND c.region_code IS NOT DISTINCT FROM $2
        ORDER BY coalesce(c.parent_id, c.id), c.parent_id NULLS FIRST, c.created_at, c.id`,
      [thread.actionId, thread.regionCode],
    );
    // A deleted comment without replies has nothing left to show.
    const parents = new Set(rows.map((r) => r.parent_id).filter((id) => id !== null));
    return rows.filter((r) => r.deleted_at === null || parents.has(r.id)).map(toCommentPayload);
  }

  async create(user: RequestUser, thread: Thread, dto: CreateCommentDto): Promise<CommentPayload> {
    const text = cleanText(dto.text);
    const id = await this.db.transaction(async (manager) => {
      const context = await this.threadContext(manager, thread);
      const verb: Verb = thread.regionCode ? 'deployment.comment' : 'action.comment';
      const decision = can(toActor(user), verb, { unitCode: context.unitCode, regionCode: thread.regionCode });
      if (!decision.allowed) throw forbidden(decision.reason);
      assertPlanWritable(context.planState);
      if (dto.parentId) {
        const [parent] = await manager.query(
          `SELECT parent_id, deleted_at FROM comments WHERE id = $1 AND action_id = $2 AND region_code IS NOT DISTINCT FROM $3`,
          [dto.parentId, thread.actionId, thread.regionCode],
        );
        if (!parent) throw invalid('Le commentaire auquel vous répondez n’existe pas dans ce fil.', { parentId: 'Commentaire introuvable dans ce fil.' });
        if (parent.parent_id !== null) throw invalid('On ne répond pas à une réponse : répondez au commentaire d’origine.', { parentId: 'Un seul niveau de réponse.' });
        if (parent.deleted_at !== null) throw invalid('Ce commentaire a été supprimé.', { parentId: 'Commentaire supprimé.' });
      }
      const [row] = await manager.query(
        `INSERT INTO comments (action_id, region_code, parent_id, kind, text, author_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [thread.actionId, thread.regionCode, dto.parentId ?? null, dto.kind, text, user.id],
      );
      await this.audit.record(manager, { actorId: user.id, verb: 'comment.create', entityType: 'comment', entityId: row.id, after: { kind: dto.kind, text, parentId: dto.parentId ?? null, ...thread } });
      await this.events.publish(manager, { type: 'comment.changed', planId: context.planId, actionId: thread.actionId });
      return row.id as number;
    });
    return this.get(id);
  }

  async update(user: RequestUser, id: number, dto: UpdateCommentDto): Promise<CommentPayload> {
    await this.db.transaction(async (manager) => {
      const row = await this.ownComment(manager, user, id);
      const text = dto.text === undefined ? row.text : cleanText(dto.text);
      const kind = dto.kind ?? row.kind;
      await manager.query(`UPDATE comments SET text = $2, kind = $3, edited_at = now() WHERE id = $1`, [id, text, kind]);
      await this.audit.record(manager, { actorId: user.id, verb: 'comment.update', entityType: 'comment', entityId: id, before: { kind: row.kind, text: row.text }, after: { kind, text } });
      await this.events.publish(manager, { type: 'comment.changed', planId: row.plan_id, actionId: row.action_id });
    });
    return this.get(id);
  }

  async remove(user: RequestUser, id: number): Promise<void> {
    await this.db.transaction(async (manager) => {
      const row = await this.ownComment(manager, user, id);
      await manager.query(`UPDATE comments SET deleted_at = now() WHERE id = $1`, [id]);
      await this.audit.record(manager, { actorId: user.id, verb: 'comment.delete', entityType: 'comment', entityId: id, before: { kind: row.kind, text: row.text } });
      await this.events.publish(manager, { type: 'comment.changed', planId: row.plan_id, actionId: row.action_id });
    });
  }

  private async get(id: number): Promise<CommentPayload> {
    const [row]: CommentRow[] = await this.db.query(`${COMMENT_SELECT} WHERE c.id = $1`, [id]);
    return toCommentPayload(row);
  }

  private async ownComment(manager: EntityManager, user: RequestUser, id: number): Promise<OwnComment> {
    const [row]: OwnComment[] = await manager.query(
      `SELECT c.id, c.action_id, c.author_id, c.kind, c.text, a.plan_id, p.state AS plan_state
         FROM comments c JOIN actions a ON a.id = c.action_id JOIN plans p ON p.id = a.plan_id
        WHERE c.id = $1 AND c.deleted_at IS NULL FOR UPDATE OF c`,
      [id],
    );
    if (!row) throw notFound('Commentaire');
    const decision = can(toActor(user), 'comment.edit', { authorId: row.author_id });
    if (!decision.allowed) throw forbidden(decision.reason);
    assertPlanWritable(row.plan_state);
    return row;
  }

  /** The thread exists: the action, and for a deployment thread, a regional action's deployment. */
  private async threadContext(manager: EntityManager, thread: Thread): Promise<{ unitCode: string; planId: number; planState: PlanState }> {
    const [action] = await manager.query(
      `SELECT un.code AS unit_code, a.plan_id, p.state AS plan_state, a.regional
         FROM actions a JOIN units un ON un.id = a.unit_id JOIN plans p ON p.id = a.plan_id WHERE a.id = $1`,
      [thread.actionId],
    );
    if (!action) throw notFound('Action');
    if (thread.regionCode && !action.regional) throw notFound('Déploiement régional');
    return { unitCode: action.unit_code, planId: action.plan_id, planState: action.plan_state };
  }
}

/** Plain text: trimmed, line breaks normalised and kept, never empty. */
function cleanText(text: string): string {
  const cleaned = text.replace(/\r\n?/g, '\n').trim();
  if (!cleaned) throw invalid('Le commentaire ne peut pas être vide.', { text: 'Le commentaire ne peut pas être vide.' });
  return cleaned;
}

