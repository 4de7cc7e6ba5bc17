import { HttpEventType } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { ImportPlan, ImportReport } from '@boussole/domain';
import { apiErrorMessage } from '../../../core/http/api-error';
import { countText, dateTimeText } from '../../../core/i18n/page-format';
import { loadError, loadFrom, readyValue } from '../../../core/http/load-state';
import {
  BreadcrumbComponent,
  type Crumb,
} from '../../../shared/breadcrumb.component';
import { ConfirmDialogComponent } from '../../../shared/confirm-dialog.component';
import { FormAlertsComponent } from '../../../shared/forms';
import { LoadBlockComponent } from '../../../shared/load-block.component';
import { ProgressBarComponent } from '../../../shared/progress-bar.component';
import { FileDownload } from '../../../shared/export-menu/file-download';
import { PlansAdminApi } from '../api/plans-admin.api';
import { Confirmation } from '../confirmation';
import { focusAfterRender } from '../focus';
import { ImportApi } from './import.api';
import { fileProblem, totals } from './import-model';
import { ImportPreviewComponent } from './import-preview.component';
import { ImportSummaryComponent } from './import-summary.component';

/**
 * `/administration/plans/:planId/import`: a workbook in the export's format is checked first (a
 * dry run: its changes and its errors, nothing written), then imported, all or nothing, after a
 * confirmation; the kept report ends the journey.
 */
@Component({
  selector: 'bsl-import-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    BreadcrumbComponent,
    ConfirmDialogComponent,
    FormAlertsComponent,
    ImportPreviewComponent,
    ImportSummaryComponent,
    LoadBlockComponent,
    ProgressBarComponent,
    RouterLink,
  ],
  templateUrl: './import-page.component.html',
})
export class ImportPageComponent {
  readonly planId = input.required<string>();

  private readonly api = inject(ImportApi);
  private readonly files = inject(FileDownload);
  private readonly plansApi = inject(PlansAdminApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  private readonly planState = loadFrom(this.planId, (id) =>
    this.plansApi.get(id),
  );
  protected readonly plan = readyValue(this.planState);
  protected readonly loadError = loadError(this.planState);
  protected readonly crumbs = computed<Crumb[]>(() => {
    const title = this.plan()?.title;
    return [
      { label: $localize`Accueil`, link: '/' },
      { label: $localize`Administration`, link: '/administration' },
      {
        label: title
          ? $localize`Structure de « ${title}:PLAN: »`
          : $localize`Structure`,
        link: ['/administration/plans', this.planId(), 'structure'],
      },
      { label: $localize`Import` },
    ];
  });
  protected readonly templateUrl = computed(() =>
    this.api.templateUrl(this.planId()),
  );
  protected readonly templateBusy = signal(false);

  protected readonly file = signal<File | null>(null);
  /** The client's refusal of the chosen file (too big, not an .xlsx), shown under the field. */
  protected readonly fileError = signal<string | null>(null);
  /** The share of the file sent (0..100) while the dry run's request is uploading. */
  protected readonly progress = signal<number | null>(null);
  protected readonly checking = signal(false);
  protected readonly alert = signal<string | null>(null);
  protected readonly dryRun = signal<ImportPlan | null>(null);
  protected readonly report = signal<ImportReport | null>(null);

  protected readonly dryRunTotals = computed(() => {
    const plan = this.dryRun();
    return plan ? totals(plan) : null;
  });
  protected readonly canImport = computed(() => {
    const plan = this.dryRun();
    const sums = this.dryRunTotals();
    return (
      plan !== null &&
      sums !== null &&
      plan.errors.length === 0 &&
      sums.create + sums.change > 0
    );
  });

  protected readonly applying = new Confirmation<File, ImportReport>({
    request: (file) => this.api.apply(this.planId(), file),
    done: (report) => {
      this.report.set(report);
      this.dryRun.set(null);
      focusAfterRender(
        this.injector,
        this.host.nativeElement,
        '#import-rapport',
      );
    },
  });

  protected readonly dateTime = dateTimeText;

  protected errorCount(plan: ImportPlan): string {
    return countText(plan.errors.length, $localize`erreur`, $localize`erreurs`);
  }

  protected importHeading(file: File): string {
    return $localize`Importer « ${file.name}:FILE: » ?`;
  }

  protected importSentence(sums: { create: number; change: number }): string {
    const creations = countText(
      sums.create,
      $localize`création`,
      $localize`créations`,
    );
    const changes = countText(
      sums.change,
      $localize`modification`,
      $localize`modifications`,
    );
    return $localize`${creations}:CREATIONS: et ${changes}:CHANGES: seront enregistrées en une seule fois, avec leur trace dans le journal.`;
  }

  /**
   * The template through HttpClient, as the exports are: a refusal shows its French message
   * instead of being saved as a file named .xlsx. The link's href stays for "open in a new tab".
   */
  protected downloadTemplate(event: Event): void {
    event.preventDefault();
    if (this.templateBusy()) return;
    this.templateBusy.set(true);
    this.alert.set(null);
    void this.files
      .fetch(
        this.templateUrl(),
        undefined,
        `modele-import-${this.planId()}.xlsx`,
      )
      .catch((error: unknown) =>
        this.alert.set(error instanceof Error ? error.message : null),
      )
      .finally(() => this.templateBusy.set(false));
  }

  protected choose(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.file.set(input.files?.item(0) ?? null);
    // A new file: what was said about the previous one no longer holds.
    this.fileError.set(null);
    this.alert.set(null);
    this.dryRun.set(null);
  }

  /** "Vérifier le fichier": the client's checks, then the dry run with its upload progress. */
  protected check(): void {
    if (this.checking()) return;
    const file = this.file();
    const problem = fileProblem(file);
    this.fileError.set(problem);
    this.alert.set(null);
    this.dryRun.set(null);
    if (problem || !file) {
      focusAfterRender(
        this.injector,
        this.host.nativeElement,
        '#import-fichier',
      );
      return;
    }
    this.checking.set(true);
    this.progress.set(0);
    this.api
      .dryRun(this.planId(), file)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (event) => {
          if (event.type === HttpEventType.UploadProgress) {
            const total = event.total ?? file.size;
            this.progress.set(
              total > 0
                ? Math.min(100, Math.round((event.loaded / total) * 100))
                : 0,
            );
          } else if (event.type === HttpEventType.Response && event.body) {
            this.finish();
            this.dryRun.set(event.body);
            focusAfterRender(
              this.injector,
              this.host.nativeElement,
              '#import-apercu',
            );
          }
        },
        error: (error: unknown) => {
          this.finish();
          this.alert.set(apiErrorMessage(error));
        },
      });
  }

  protected askImport(): void {
    const file = this.file();
    if (file && this.canImport()) this.applying.ask(file);
  }

  /** "Importer un autre fichier": back to an empty form. */
  protected restart(): void {
    this.report.set(null);
    this.file.set(null);
    focusAfterRender(this.injector, this.host.nativeElement, '#import-fichier');
  }

  private finish(): void {
    this.checking.set(false);
    this.progress.set(null);
  }
}
