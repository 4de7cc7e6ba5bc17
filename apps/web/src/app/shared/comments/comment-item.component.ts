import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
  signal,
} from '@angular/core';
import {
  COMMENT_KIND_LABELS,
  REGIONS,
  ROLE_LABELS,
  isRole,
  type CommentPayload,
} from '@boussole/domain';
import type { Observable } from 'rxjs';
import { domainText } from '../../core/i18n/domain-text';
import { dateTimeText } from '../../core/i18n/page-format';
import {
  CommentFormComponent,
  type CommentDraft,
} from './comment-form.component';
import { CommentTextComponent } from './comment-text.component';

/** "Chef·fe de projet (PF)", "Référent·e ARS (Bretagne)". */
export function authorRole(author: CommentPayload['author']): string {
  const role = isRole(author.role)
    ? domainText(ROLE_LABELS[author.role])
    : author.role;
  const region = REGIONS.find((r) => r.code === author.regionCode)?.name;
  const detail = region ?? author.unitCode;
  return detail ? `${role} (${detail})` : role;
}

/** One comment: author, role, date, kind, text, and what its reader may do with it. */
@Component({
  selector: 'bsl-comment-item',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CommentFormComponent, CommentTextComponent],
  styles: `
    .bsl-comment__meta {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.75rem;
    }
  `,
  template: `
    @let current = comment();
    @if (current.deleted) {
      <p class="fr-text--sm fr-text-mention--grey fr-mb-1w">
        <em i18n>Ce commentaire a été supprimé.</em>
      </p>
    } @else {
      <div class="bsl-comment__meta fr-mb-1w">
        <p class="fr-text--sm fr-mb-0">
          <ng-container i18n
            ><strong>{{ current.author.name // i18n(ph="AUTHOR") }}</strong
            >, {{ role() }}, le
            <time [attr.datetime]="current.createdAt">{{
              created()
            }}</time></ng-container
          >
          @if (editedAt(); as when) {
            <span class="fr-text-mention--grey" i18n>
              (modifié le {{ when // i18n(ph="DATE") }})</span
            >
          }
        </p>
        <p class="fr-tag fr-tag--sm fr-mb-0">
          <span class="fr-sr-only" i18n>Type : </span>{{ kindLabel() }}
        </p>
      </div>
      @if (editing()) {
        <bsl-comment-form
          [formId]="idPrefix() + '-modifier'"
          submitLabel="Enregistrer les modifications"
          i18n-submitLabel
          textLabel="Texte du commentaire"
          i18n-textLabel
          [initial]="{ kind: current.kind, text: current.text }"
          [cancellable]="true"
          [save]="saveEdit"
          (saved)="editing.set(false); edited.emit()"
          (cancelled)="editing.set(false)"
        />
      } @else {
        <bsl-comment-text class="fr-mb-1w" [text]="current.text" />
        @if (canReply() || canEdit()) {
          <ul
            class="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-btns-group--icon-left"
          >
            @if (canReply()) {
              <li>
                <button
                  class="fr-btn fr-btn--tertiary-no-outline fr-icon-reply-line fr-btn--icon-left"
                  type="button"
                  (click)="reply.emit()"
                  i18n
                >
                  Répondre<span class="fr-sr-only">
                    à {{ current.author.name // i18n(ph="AUTHOR") }}</span
                  >
                </button>
              </li>
            }
            @if (canEdit()) {
              <li>
                <button
                  class="fr-btn fr-btn--tertiary-no-outline fr-icon-edit-line fr-btn--icon-left"
                  type="button"
                  (click)="editing.set(true)"
                  i18n
                >
                  Modifier<span class="fr-sr-only">
                    votre commentaire du
                    {{ created() }}</span
                  >
                </button>
              </li>
              <li>
                <button
                  class="fr-btn fr-btn--tertiary-no-outline fr-icon-delete-line fr-btn--icon-left"
                  type="button"
                  (click)="remove.emit()"
                  i18n
                >
                  Supprimer<span class="fr-sr-only">
                    votre commentaire du
                    {{ created() }}</span
                  >
                </button>
              </li>
            }
          </ul>
        }
      }
    }
  `,
})
export class CommentItemComponent {
  readonly comment = input.required<CommentPayload>();
  /** Prefix of the ids of the edit form, unique in the page. */
  readonly idPrefix = input.required<string>();
  readonly canReply = input(false);
  readonly canEdit = input(false);
  /** Sends an edit of this comment. */
  readonly update =
    input.required<(id: number, draft: CommentDraft) => Observable<unknown>>();
  readonly reply = output<void>();
  readonly remove = output<void>();
  readonly edited = output<void>();

  protected readonly editing = signal(false);
  protected readonly role = computed(() => authorRole(this.comment().author));
  protected readonly created = computed(() =>
    dateTimeText(this.comment().createdAt),
  );
  protected readonly editedAt = computed(() => {
    const editedAt = this.comment().editedAt;
    return editedAt ? dateTimeText(editedAt) : null;
  });
  protected readonly kindLabel = computed(() =>
    domainText(COMMENT_KIND_LABELS[this.comment().kind]),
  );
  protected readonly saveEdit = (draft: CommentDraft): Observable<unknown> =>
    this.update()(this.comment().id, draft);
}
