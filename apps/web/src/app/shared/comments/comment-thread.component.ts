import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  Injector,
  afterNextRender,
  afterRenderEffect,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  output,
  signal,
  viewChild,
} from '@angular/core';
import {
  takeUntilDestroyed,
  toObservable,
  toSignal,
} from '@angular/core/rxjs-interop';
import { can, type CommentPayload, type Decision } from '@boussole/domain';
import { switchMap, tap, type Observable } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { apiErrorMessage } from '../../core/http/api-error';
import { DomainTextPipe } from '../../core/i18n/domain-text';
import {
  LOADING,
  toLoadState,
  type LoadState,
} from '../../core/http/load-state';
import { LoadBlockComponent } from '../load-block.component';
import {
  CommentFormComponent,
  type CommentDraft,
} from './comment-form.component';
import { CommentItemComponent } from './comment-item.component';
import { actorOf, canPostComment } from './comment-permissions';
import { CommentsApi } from './comments.api';
import { toThread, visibleCount } from './thread';

let nextId = 0;

/**
 * The comments of an action (`regionCode` null) or of one regional deployment: the thread with one
 * level of replies, and the forms to post, answer, edit or delete for those the policy allows.
 */
@Component({
  selector: 'bsl-comment-thread',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    CommentFormComponent,
    CommentItemComponent,
    DomainTextPipe,
    LoadBlockComponent,
  ],
  templateUrl: './comment-thread.component.html',
  styleUrl: './comment-thread.component.css',
})
export class CommentThreadComponent {
  readonly actionId = input.required<number>();
  readonly regionCode = input<string | null>(null);
  /** The action's owning unit, for the policy. */
  readonly unitCode = input.required<string>();
  readonly heading = input($localize`Commentaires`);
  /** The level of the thread's heading, after the page's own headings. */
  readonly level = input<2 | 3 | 4 | 5>(2);
  /**
   * Set when the thread may only be read whatever one's role, e.g. the plan is archived: no one
   * posts, answers, edits or deletes, and the reason is said where the form would be.
   */
  readonly readOnlyReason = input<string | null>(null);
  /** The number of comments still readable, each time the thread is (re)loaded. */
  readonly countChange = output<number>();

  private readonly api = inject(CommentsApi);
  private readonly user = inject(AuthService).user;
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly replyForm = viewChild<CommentFormComponent>('replyForm');

  protected readonly id = `bsl-fil-${++nextId}`;
  private readonly reload = signal(0);
  private readonly request = computed(() => ({
    actionId: this.actionId(),
    regionCode: this.regionCode(),
    reload: this.reload(),
  }));
  private readonly state = toSignal(
    toObservable(this.request).pipe(
      switchMap(({ actionId, regionCode }) =>
        toLoadState(this.api.list(actionId, regionCode)),
      ),
    ),
    { initialValue: LOADING },
  );
  /** The comments, kept on screen while the thread reloads after a change. */
  protected readonly comments = linkedSignal<
    LoadState<CommentPayload[]>,
    CommentPayload[] | null
  >({
    source: this.state,
    computation: (state, previous) =>
      state.status === 'ready'
        ? state.value
        : state.status === 'loading'
          ? (previous?.value ?? null)
          : null,
  });
  protected readonly loadError = computed(() => {
    const state = this.state();
    return state.status === 'error' ? state.message : null;
  });
  protected readonly thread = computed(() => toThread(this.comments() ?? []));

  private readonly actor = computed(() => actorOf(this.user()));
  protected readonly postDecision = computed((): Decision => {
    const readOnly = this.readOnlyReason();
    return readOnly
      ? { allowed: false, reason: readOnly }
      : canPostComment(this.actor(), this.unitCode(), this.regionCode());
  });
  /** The confirmations of what the thread's forms did. */
  protected readonly done = {
    edited: $localize`Commentaire modifié.`,
    replied: $localize`Réponse publiée.`,
    posted: $localize`Commentaire publié.`,
  };
  protected readonly replyingTo = signal<number | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);
  /** The comment just posted, which takes the focus once the reloaded thread shows it. */
  private posted: number | null = null;

  constructor() {
    effect(() => {
      const comments = this.comments();
      if (this.state().status === 'ready' && comments) {
        this.countChange.emit(visibleCount(comments));
      }
    });
    // After posting, the focus goes to what was posted (issue 12, point 6), not back to the form.
    afterRenderEffect(() => {
      this.thread();
      if (this.posted === null) return;
      const posted = document.getElementById(this.commentId(this.posted));
      if (!posted) return;
      this.posted = null;
      posted.focus();
    });
  }

  /** The id of a comment's article, focusable once posted. */
  protected commentId(commentId: number): string {
    return `${this.id}-commentaire-${commentId}`;
  }

  private focusWhenShown(comment: CommentPayload): void {
    this.posted = comment.id;
  }

  protected canEdit(comment: CommentPayload): boolean {
    if (this.readOnlyReason()) return false;
    return can(this.actor(), 'comment.edit', { authorId: comment.author.id })
      .allowed;
  }

  protected readonly post = (draft: CommentDraft): Observable<unknown> =>
    this.api
      .create(this.actionId(), this.regionCode(), {
        kind: draft.kind,
        text: draft.text,
      })
      .pipe(tap((comment) => this.focusWhenShown(comment)));

  protected readonly postReply = (draft: CommentDraft): Observable<unknown> =>
    this.api
      .create(this.actionId(), this.regionCode(), {
        kind: draft.kind,
        text: draft.text,
        parentId: this.replyingTo(),
      })
      .pipe(tap((comment) => this.focusWhenShown(comment)));

  protected readonly update = (
    id: number,
    draft: CommentDraft,
  ): Observable<unknown> => this.api.update(id, draft);

  protected startReply(commentId: number): void {
    this.replyingTo.set(commentId);
    afterNextRender(() => this.replyForm()?.focus(), {
      injector: this.injector,
    });
  }

  protected changed(message: string): void {
    this.replyingTo.set(null);
    this.actionError.set(null);
    this.notice.set(message);
    this.reload.update((n) => n + 1);
  }

  protected remove(comment: CommentPayload): void {
    if (
      !confirm(
        $localize`Supprimer ce commentaire ? Cette suppression est définitive.`,
      )
    ) {
      return;
    }
    this.notice.set(null);
    this.api
      .remove(comment.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => this.changed($localize`Commentaire supprimé.`),
        error: (error: unknown) => this.actionError.set(apiErrorMessage(error)),
      });
  }
}
