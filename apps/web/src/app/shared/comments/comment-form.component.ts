import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  OnInit,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  COMMENT_KINDS,
  COMMENT_KIND_LABELS,
  type CommentKind,
} from '@boussole/domain';
import type { Observable } from 'rxjs';
import { apiErrorMessage } from '../../core/http/api-error';
import { DomainTextPipe } from '../../core/i18n/domain-text';
import { commentTextError, textFieldError } from './comment-validation';

export interface CommentDraft {
  kind: CommentKind;
  text: string;
}

/**
 * The form to write, answer or edit a comment: its kind and its text, checked in the page's language; `save`
 * sends it, and the API's refusal (403, 400…) is shown in the form.
 */
@Component({
  selector: 'bsl-comment-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DomainTextPipe],
  template: `
    <form novalidate (submit)="submit($event)">
      @if (apiError(); as message) {
        <div
          class="fr-alert fr-alert--error fr-alert--sm fr-mb-2w"
          role="alert"
        >
          <p>{{ message }}</p>
        </div>
      }
      <div class="fr-select-group">
        <label class="fr-label" [for]="formId() + '-type'">{{
          kindLabel()
        }}</label>
        <select
          class="fr-select"
          [id]="formId() + '-type'"
          [value]="kind()"
          (change)="kind.set(asKind($event))"
        >
          @for (option of kinds; track option) {
            <option [value]="option" [selected]="option === kind()">
              {{ kindLabels[option] | domainText }}
            </option>
          }
        </select>
      </div>
      <div class="fr-input-group" [class.fr-input-group--error]="error()">
        <label class="fr-label" [for]="formId() + '-texte'">
          {{ textLabel() }}
          <span class="fr-hint-text" i18n
            >Texte brut : les retours à la ligne sont conservés et les adresses
            web deviennent des liens.</span
          >
        </label>
        <textarea
          class="fr-input"
          [class.fr-input--error]="error()"
          [id]="formId() + '-texte'"
          rows="4"
          [attr.aria-describedby]="formId() + '-messages'"
          [attr.aria-invalid]="error() ? 'true' : null"
          [value]="text()"
          (input)="setText($event)"
        ></textarea>
        <div
          class="fr-messages-group"
          [id]="formId() + '-messages'"
          aria-live="polite"
        >
          @if (error(); as message) {
            <p class="fr-message fr-message--error">{{ message }}</p>
          }
        </div>
      </div>
      <ul class="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
        <li>
          <button class="fr-btn" type="submit" [disabled]="pending()">
            {{ submitLabel() }}
          </button>
        </li>
        @if (cancellable()) {
          <li>
            <button
              class="fr-btn fr-btn--secondary"
              type="button"
              (click)="cancelled.emit()"
              i18n
            >
              Annuler
            </button>
          </li>
        }
      </ul>
    </form>
  `,
})
export class CommentFormComponent implements OnInit {
  /** Prefix of the fields' ids, unique in the page. */
  readonly formId = input.required<string>();
  readonly submitLabel = input.required<string>();
  readonly textLabel = input($localize`Votre commentaire`);
  readonly kindLabel = input($localize`Type de commentaire`);
  readonly initial = input<CommentDraft>({ kind: 'general', text: '' });
  readonly cancellable = input(false);
  /** Sends the draft; the form waits for its answer. */
  readonly save =
    input.required<(draft: CommentDraft) => Observable<unknown>>();
  readonly saved = output<void>();
  readonly cancelled = output<void>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly kinds = COMMENT_KINDS;
  protected readonly kindLabels = COMMENT_KIND_LABELS;
  protected readonly kind = signal<CommentKind>('general');
  protected readonly text = signal('');
  protected readonly error = signal<string | null>(null);
  protected readonly apiError = signal<string | null>(null);
  protected readonly pending = signal(false);

  ngOnInit(): void {
    this.kind.set(this.initial().kind);
    this.text.set(this.initial().text);
  }

  /** Puts the focus in the text, e.g. when "Répondre" opens the form. */
  focus(): void {
    this.host.nativeElement.querySelector('textarea')?.focus();
  }

  protected asKind(event: Event): CommentKind {
    return (event.target as HTMLSelectElement).value as CommentKind;
  }

  protected setText(event: Event): void {
    this.text.set((event.target as HTMLTextAreaElement).value);
    if (this.error()) this.error.set(commentTextError(this.text()));
  }

  protected submit(event: Event): void {
    event.preventDefault();
    if (this.pending()) return;
    this.apiError.set(null);
    this.error.set(commentTextError(this.text()));
    if (this.error()) {
      this.focus();
      return;
    }
    this.pending.set(true);
    this.save()({ kind: this.kind(), text: this.text().trim() })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.pending.set(false);
          this.text.set('');
          this.kind.set('general');
          this.saved.emit();
        },
        error: (error: unknown) => {
          this.pending.set(false);
          const field = textFieldError(error);
          if (field) {
            this.error.set(field);
            this.focus();
          } else {
            this.apiError.set(apiErrorMessage(error));
          }
        },
      });
  }
}
