import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  STATUSES,
  STATUS_LABELS,
  type DeploymentPayload,
} from '@boussole/domain';
import { apiErrorMessage } from '../../../core/http/api-error';
import { DeploymentsApi } from '../deployments.api';
import { DeploymentConflictComponent } from './deployment-conflict.component';
import {
  deploymentConflictOf,
  deploymentFieldErrorsOf,
  deploymentFormValueOf,
  deploymentNarrativeHint,
  focusFirstDeploymentError,
  toDeploymentRequest,
  validateDeployment,
  type DeploymentErrors,
  type DeploymentField,
  type DeploymentFormValue,
} from './deployment-form-validation';
import { TextAreaFieldComponent } from './text-area-field.component';
import { isWorse } from './update-form-validation';

/** A refused save: the deployment as someone else left it, and what the user tried to save. */
export interface DeploymentConflict {
  current: DeploymentPayload;
  attempted: DeploymentFormValue;
}

/** "Mettre à jour le déploiement": météo, progress and narrative of one region, checked in French. */
@Component({
  selector: 'bsl-deployment-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DeploymentConflictComponent, TextAreaFieldComponent],
  templateUrl: './deployment-form.component.html',
  styles: `
    .bsl-suffixed {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      max-width: 10rem;
      margin-top: 0.5rem;
    }
  `,
})
export class DeploymentFormComponent {
  readonly actionId = input.required<number>();
  readonly deployment = input.required<DeploymentPayload>();
  /** Saved: the deployment as the API now has it. */
  readonly saved = output<DeploymentPayload>();
  /** After a conflict, the user took the deployment as someone else saved it. */
  readonly reloaded = output<DeploymentPayload>();

  private readonly api = inject(DeploymentsApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly statuses = STATUSES;
  protected readonly statusLabels = STATUS_LABELS;

  /** Filled again whenever a newer version of the deployment comes in. */
  protected readonly form = linkedSignal(() =>
    deploymentFormValueOf(this.deployment()),
  );
  /** Errors are shown once the form has been submitted, then kept up to date while typing. */
  private readonly submitted = signal(false);
  private readonly serverErrors = signal<DeploymentErrors>({});
  protected readonly pending = signal(false);
  protected readonly saveDone = signal(false);
  protected readonly reloadDone = signal(false);
  protected readonly apiError = signal<string | null>(null);
  protected readonly conflict = signal<DeploymentConflict | null>(null);

  private readonly currentStatus = computed(() => this.deployment().status);
  protected readonly worse = computed(() =>
    isWorse(this.form().status, this.currentStatus()),
  );
  protected readonly narrativeHint = computed(() =>
    deploymentNarrativeHint(this.worse(), this.currentStatus()),
  );
  protected readonly errors = computed<DeploymentErrors>(() => ({
    ...this.serverErrors(),
    ...(this.submitted()
      ? validateDeployment(this.form(), this.currentStatus())
      : {}),
  }));

  /** Keeps a field's value; what the API said about that field no longer applies. */
  protected set<F extends DeploymentField>(
    field: F,
    value: DeploymentFormValue[F],
  ): void {
    this.form.update((form) => ({ ...form, [field]: value }));
    this.serverErrors.update(({ [field]: _stale, ...others }) => others);
  }

  protected valueOf(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected submit(event: Event): void {
    event.preventDefault();
    if (this.pending()) {
      return;
    }
    this.submitted.set(true);
    this.serverErrors.set({});
    this.apiError.set(null);
    this.saveDone.set(false);
    this.reloadDone.set(false);
    this.conflict.set(null);
    const value = this.form();
    const root = this.host.nativeElement;
    if (
      focusFirstDeploymentError(
        root,
        validateDeployment(value, this.currentStatus()),
      )
    ) {
      return;
    }
    const deployment = this.deployment();
    this.pending.set(true);
    this.api
      .patch(
        this.actionId(),
        deployment.regionCode,
        toDeploymentRequest(value, deployment.version),
      )
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (saved) => {
          this.pending.set(false);
          this.submitted.set(false);
          this.saveDone.set(true);
          this.saved.emit(saved);
        },
        error: (error: unknown) => {
          this.pending.set(false);
          this.fail(error, value);
        },
      });
  }

  /** "Recharger le déploiement": the values saved by someone else replace the form's. */
  protected reload(current: DeploymentPayload): void {
    this.conflict.set(null);
    this.submitted.set(false);
    this.form.set(deploymentFormValueOf(current));
    this.reloadDone.set(true);
    this.reloaded.emit(current);
    this.focusAfterRender('input[name=deploiement-meteo]:checked');
  }

  private fail(error: unknown, attempted: DeploymentFormValue): void {
    const current = deploymentConflictOf(error);
    if (current) {
      this.conflict.set({ current, attempted });
      this.focusAfterRender('#deploiement-conflit-titre');
      return;
    }
    this.serverErrors.set(deploymentFieldErrorsOf(error));
    focusFirstDeploymentError(this.host.nativeElement, this.serverErrors());
    this.apiError.set(apiErrorMessage(error));
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(
      () =>
        this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(),
      { injector: this.injector },
    );
  }
}
