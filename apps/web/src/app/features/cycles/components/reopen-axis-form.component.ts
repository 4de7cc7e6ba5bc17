import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { AxisValidationPayload } from '@boussole/domain';
import { apiErrorStatus } from '../../../core/http/api-error';
import {
  FormAlertsComponent,
  FormState,
  TextareaFieldComponent,
  type FieldErrors,
} from '../../../shared/forms';
import { CyclesApi } from '../cycles.api';
import { TEXT_MAX } from '../validation-form-model';

const IDS = { reason: 'reouverture-motif' } as const;

function validateReason(value: {
  reason: string;
}): FieldErrors<keyof typeof IDS> {
  const reason = value.reason.trim();
  if (reason === '')
    return { reason: $localize`Indiquez le motif de la réouverture.` };
  if (reason.length > TEXT_MAX)
    return {
      reason: $localize`Le motif est limité à ${TEXT_MAX}:MAX: caractères.`,
    };
  return {};
}

/** "Rouvrir l’axe N" (admins): a required reason; the validation is kept in the history. */
@Component({
  selector: 'bsl-reopen-axis-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormAlertsComponent, TextareaFieldComponent],
  template: `
    <bsl-form-alerts [error]="form.apiError()" />
    <form novalidate (submit)="submit($event)">
      <p i18n>
        L’axe pourra de nouveau être mis à jour pour cette campagne, puis être
        validé une nouvelle fois. La validation actuelle et le motif de la
        réouverture restent dans l’historique.
      </p>
      <bsl-textarea-field
        [fieldId]="ids.reason"
        label="Motif de la réouverture"
        i18n-label
        mark="required"
        [required]="true"
        [maxlength]="max"
        [error]="form.errors().reason"
        [value]="form.value().reason"
        (valueChange)="form.set('reason', $event)"
      />
      <ul class="fr-btns-group fr-btns-group--inline-md fr-mt-3w">
        <li>
          <button type="submit" class="fr-btn" [disabled]="form.pending()" i18n>
            Confirmer la réouverture
          </button>
        </li>
        <li>
          <button
            type="button"
            class="fr-btn fr-btn--secondary"
            (click)="cancelled.emit()"
            i18n
          >
            Annuler
          </button>
        </li>
      </ul>
    </form>
  `,
})
export class ReopenAxisFormComponent {
  readonly cycleId = input.required<number>();
  readonly axisId = input.required<number>();
  readonly saved = output<AxisValidationPayload>();
  readonly cancelled = output<void>();
  /** A 409: reopened meanwhile, or the cycle closed; the page reloads what it shows. */
  readonly refused = output<void>();

  private readonly api = inject(CyclesApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly ids = IDS;
  protected readonly max = TEXT_MAX;
  protected readonly form = new FormState(signal({ reason: '' }), {
    ids: IDS,
    validate: validateReason,
  });

  protected submit(event: Event): void {
    event.preventDefault();
    const root = this.host.nativeElement;
    if (!this.form.start(root)) return;
    this.api
      .reopen(this.cycleId(), this.axisId(), {
        reason: this.form.value().reason.trim(),
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (validation) => {
          this.form.succeeded();
          this.saved.emit(validation);
        },
        error: (error: unknown) => {
          this.form.failed(error, root);
          if (apiErrorStatus(error) === 409) this.refused.emit();
        },
      });
  }
}
