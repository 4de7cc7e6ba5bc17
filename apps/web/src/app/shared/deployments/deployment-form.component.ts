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
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { isWorseStatus, type DeploymentPayload } from '@boussole/domain';
import {
  EditedRecord,
  FormAlertsComponent,
  FormState,
  OutdatedNoticeComponent,
  ProgressFieldComponent,
  SaveNoticeComponent,
  StatusRadiosComponent,
  TextareaFieldComponent,
  conflictCurrent,
} from '../forms';
import { DeploymentsApi } from './deployments.api';
import { DeploymentConflictComponent } from './deployment-conflict.component';
import {
  DEPLOYMENT_FIELD_IDS,
  EMPTY_DEPLOYMENT_FORM,
  deploymentFormValueOf,
  deploymentNarrativeHint,
  toDeploymentRequest,
  validateDeployment,
  type DeploymentFormValue,
} from './deployment-form-validation';

/** A refused save: the deployment as someone else left it, and what the user tried to save. */
export interface DeploymentConflict {
  current: DeploymentPayload;
  attempted: DeploymentFormValue;
}

/** "Mettre à jour le déploiement": météo, progress and narrative of one region, checked in the page's language. */
@Component({
  selector: 'bsl-deployment-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DeploymentConflictComponent,
    FormAlertsComponent,
    OutdatedNoticeComponent,
    ProgressFieldComponent,
    SaveNoticeComponent,
    StatusRadiosComponent,
    TextareaFieldComponent,
  ],
  templateUrl: './deployment-form.component.html',
})
export class DeploymentFormComponent {
  readonly actionId = input.required<number>();
  readonly deployment = input.required<DeploymentPayload>();
  /**
   * A new report that starts empty, the previous one shown beside it by the page (DESIGN issue 12
   * §6), rather than the current values to edit.
   */
  readonly blank = input(false);
  /** Saved: the deployment as the API now has it. */
  readonly saved = output<DeploymentPayload>();
  /** After a conflict, the user took the deployment as someone else saved it. */
  readonly reloaded = output<DeploymentPayload>();

  private readonly api = inject(DeploymentsApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  private readonly currentStatus = computed(() => this.deployment().status);
  protected readonly form = new FormState(
    signal<DeploymentFormValue>({ ...EMPTY_DEPLOYMENT_FORM }),
    {
      ids: DEPLOYMENT_FIELD_IDS,
      validate: (value) => validateDeployment(value, this.currentStatus()),
    },
  );
  /**
   * Filled again whenever a newer version of the deployment comes in (a saved one empties a blank
   * form again), unless the user has typed: then the newer version waits for them to take it.
   */
  protected readonly edited = new EditedRecord(
    this.deployment,
    this.form.value,
    (deployment: DeploymentPayload) =>
      this.blank()
        ? { ...EMPTY_DEPLOYMENT_FORM }
        : deploymentFormValueOf(deployment),
  );
  protected readonly notices = {
    reloaded: $localize`Les valeurs à jour du déploiement sont affichées : reprenez votre saisie si elle reste nécessaire.`,
    saved: $localize`Déploiement enregistré.`,
  };
  protected readonly saveDone = signal(false);
  protected readonly reloadDone = signal(false);
  protected readonly conflict = signal<DeploymentConflict | null>(null);

  protected readonly worse = computed(() =>
    isWorseStatus(this.form.value().status, this.currentStatus()),
  );
  protected readonly narrativeHint = computed(() =>
    deploymentNarrativeHint(this.worse(), this.currentStatus()),
  );

  protected submit(event: Event): void {
    event.preventDefault();
    if (this.form.pending()) {
      return;
    }
    this.saveDone.set(false);
    this.reloadDone.set(false);
    this.conflict.set(null);
    if (!this.form.start(this.host.nativeElement)) {
      return;
    }
    const value = this.form.value();
    // The version the user started from: a newer one saved meanwhile makes the API answer 409.
    const deployment = this.edited.base() ?? this.deployment();
    this.api
      .patch(
        this.actionId(),
        deployment.regionCode,
        toDeploymentRequest(value, deployment.version),
      )
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (saved) => {
          this.form.succeeded();
          this.edited.fill(saved);
          this.saveDone.set(true);
          this.saved.emit(saved);
        },
        error: (error: unknown) => this.fail(error, value),
      });
  }

  /** "Recharger le déploiement": the values saved by someone else replace the form's. */
  protected reload(current: DeploymentPayload): void {
    this.conflict.set(null);
    this.edited.fill(current);
    this.form.reset();
    this.reloadDone.set(true);
    this.reloaded.emit(current);
    this.focusWeather();
  }

  /** "Voir la nouvelle version": the deployment as saved by someone else replaces what was typed. */
  protected takeNewer(): void {
    this.edited.takeNewer();
    this.form.reset();
    this.focusWeather();
  }

  /** Once the form shows its new values, the focus goes to the météo chosen there. */
  private focusWeather(): void {
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelector<HTMLElement>('input[name=deploiement-meteo]:checked')
          ?.focus(),
      { injector: this.injector },
    );
  }

  private fail(error: unknown, attempted: DeploymentFormValue): void {
    const current = conflictCurrent<DeploymentPayload>(error);
    if (!current) {
      return this.form.failed(error, this.host.nativeElement);
    }
    // The notice takes the focus on its title.
    this.form.pending.set(false);
    this.conflict.set({ current, attempted });
  }
}
