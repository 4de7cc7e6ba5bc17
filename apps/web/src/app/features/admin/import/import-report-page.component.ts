import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ImportReport } from '@boussole/domain';
import { countText, dateTimeText } from '../../../core/i18n/page-format';
import { loadError, loadFrom, readyValue } from '../../../core/http/load-state';
import {
  BreadcrumbComponent,
  type Crumb,
} from '../../../shared/breadcrumb.component';
import { LoadBlockComponent } from '../../../shared/load-block.component';
import { ImportApi } from './import.api';
import { ImportPreviewComponent } from './import-preview.component';
import { ImportSummaryComponent } from './import-summary.component';

/** How a kept run ended: written, only simulated, or refused for its errors. */
type Outcome = 'applied' | 'simulated' | 'refused';

const OUTCOMES: Record<
  Outcome,
  { badge: string; badgeClass: string; sentence: string }
> = {
  applied: {
    badge: $localize`Importé`,
    badgeClass: 'fr-badge--success',
    sentence: $localize`Ses changements ont été enregistrés en une seule fois.`,
  },
  simulated: {
    badge: $localize`Simulation`,
    badgeClass: 'fr-badge--info',
    sentence: $localize`C’était une vérification : rien n’a été enregistré.`,
  },
  refused: {
    badge: $localize`Refusé`,
    badgeClass: 'fr-badge--error',
    sentence: $localize`Le fichier contenait des erreurs : rien n’a été enregistré.`,
  },
};

/**
 * `/administration/imports/:importId`: the report Boussole keeps of each run of an import (the
 * journal links an applied one here), so that what a file did, or why it was refused, can be
 * read again later.
 */
@Component({
  selector: 'bsl-import-report-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    BreadcrumbComponent,
    ImportPreviewComponent,
    ImportSummaryComponent,
    LoadBlockComponent,
    RouterLink,
  ],
  template: `
    <div class="fr-container fr-mb-6w">
      <bsl-breadcrumb [items]="crumbs()" />
      <h1 i18n>Compte rendu d’import</h1>
      @if (report(); as report) {
        @let outcome = outcomes[outcomeOf(report)];
        <p>
          <span class="fr-badge fr-badge--no-icon" [class]="outcome.badgeClass">
            {{ outcome.badge }}
          </span>
        </p>
        <p class="fr-text--lead">
          @if (report.author; as author) {
            <ng-container i18n
              >Le fichier « {{ report.fileName // i18n(ph="FILE") }} » (import
              n<sup>o</sup>&nbsp;{{ report.id // i18n(ph="ID") }}) a été envoyé
              le {{ dateTime(report.createdAt) // i18n(ph="DATE") }} par
              {{ author.name // i18n(ph="AUTHOR") }}.</ng-container
            >
          } @else {
            <ng-container i18n
              >Le fichier « {{ report.fileName // i18n(ph="FILE") }} » (import
              n<sup>o</sup>&nbsp;{{ report.id // i18n(ph="ID") }}) a été envoyé
              le
              {{ dateTime(report.createdAt) // i18n(ph="DATE") }}.</ng-container
            >
          }
          {{ outcome.sentence }}
        </p>
        @if (report.errors.length) {
          <div class="fr-alert fr-alert--error fr-alert--sm fr-mb-3w">
            <p>{{ errorsFound(report) }}</p>
          </div>
        }
        <h2 i18n>Détail</h2>
        <bsl-import-summary
          [plan]="report"
          [applied]="report.applied"
          [caption]="summaryCaption(report)"
        />
        <bsl-import-preview [plan]="report" />
        <ul class="fr-btns-group fr-btns-group--inline-md">
          <li>
            <a
              class="fr-btn fr-btn--secondary"
              [routerLink]="['/administration/plans', report.planId, 'import']"
              i18n
              >Importer un autre fichier</a
            >
          </li>
          <li>
            <a
              class="fr-btn fr-btn--tertiary"
              [routerLink]="[
                '/administration/plans',
                report.planId,
                'structure',
              ]"
              i18n
              >Voir la structure du projet</a
            >
          </li>
        </ul>
      } @else {
        <bsl-load-block
          [error]="loadError()"
          failure="Le compte rendu de cet import n’a pas pu être affiché."
          i18n-failure
          loading="Chargement du compte rendu…"
          i18n-loading
        />
      }
    </div>
  `,
})
export class ImportReportPageComponent {
  readonly importId = input.required<string>();

  private readonly api = inject(ImportApi);
  private readonly state = loadFrom(this.importId, (id) => this.api.report(id));
  protected readonly report = readyValue(this.state);
  protected readonly loadError = loadError(this.state);
  protected readonly crumbs = computed<Crumb[]>(() => [
    { label: $localize`Accueil`, link: '/' },
    { label: $localize`Administration`, link: '/administration' },
    { label: $localize`Journal`, link: '/administration/journal' },
    { label: $localize`Import n° ${this.importId()}:ID:` },
  ]);
  protected readonly outcomes = OUTCOMES;
  protected readonly dateTime = dateTimeText;

  /** Two sentences: the French participle ("relevée") agrees with the count. */
  protected errorsFound(report: ImportReport): string {
    const count = report.errors.length;
    const errors = countText(count, $localize`erreur`, $localize`erreurs`);
    return count > 1
      ? $localize`${errors}:ERRORS: relevées, chacune avec sa cellule ci-dessous.`
      : $localize`${errors}:ERRORS: relevée, chacune avec sa cellule ci-dessous.`;
  }

  protected summaryCaption(report: ImportReport): string {
    return report.applied
      ? $localize`Ce que l’import a enregistré`
      : $localize`Ce que le fichier aurait changé`;
  }

  protected outcomeOf(report: ImportReport): Outcome {
    if (report.applied) return 'applied';
    return report.errors.length ? 'refused' : 'simulated';
  }
}
