import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { formatDateTimeFr, type ImportReport } from '@boussole/domain';
import { loadError, loadFrom, readyValue } from '../../../core/http/load-state';
import {
  BreadcrumbComponent,
  type Crumb,
} from '../../../shared/breadcrumb.component';
import { CountPipe } from '../../../shared/count.pipe';
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
    badge: 'Importé',
    badgeClass: 'fr-badge--success',
    sentence: 'Ses changements ont été enregistrés en une seule fois.',
  },
  simulated: {
    badge: 'Simulation',
    badgeClass: 'fr-badge--info',
    sentence: 'C’était une vérification : rien n’a été enregistré.',
  },
  refused: {
    badge: 'Refusé',
    badgeClass: 'fr-badge--error',
    sentence: 'Le fichier contenait des erreurs : rien n’a été enregistré.',
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
    CountPipe,
    ImportPreviewComponent,
    ImportSummaryComponent,
    LoadBlockComponent,
    RouterLink,
  ],
  template: `
    <div class="fr-container fr-mb-6w">
      <bsl-breadcrumb [items]="crumbs()" />
      <h1>Compte rendu d’import</h1>
      @if (report(); as report) {
        @let outcome = outcomes[outcomeOf(report)];
        <p>
          <span class="fr-badge fr-badge--no-icon" [class]="outcome.badgeClass">
            {{ outcome.badge }}
          </span>
        </p>
        <p class="fr-text--lead">
          Le fichier « {{ report.fileName }} » (import n<sup>o</sup>&nbsp;{{
            report.id
          }}) a été envoyé le {{ dateTime(report.createdAt) }}
          @if (report.author; as author) {
            par {{ author.name }}
          }
          . {{ outcome.sentence }}
        </p>
        @if (report.errors.length) {
          <div class="fr-alert fr-alert--error fr-alert--sm fr-mb-3w">
            <p>
              {{ report.errors.length | bslCount: 'erreur' : 'erreurs' }}
              relevée{{ report.errors.length > 1 ? 's' : '' }}, chacune avec sa
              cellule ci-dessous.
            </p>
          </div>
        }
        <h2>Détail</h2>
        <bsl-import-summary
          [plan]="report"
          [applied]="report.applied"
          [caption]="
            report.applied
              ? 'Ce que l’import a enregistré'
              : 'Ce que le fichier aurait changé'
          "
        />
        <bsl-import-preview [plan]="report" />
        <ul class="fr-btns-group fr-btns-group--inline-md">
          <li>
            <a
              class="fr-btn fr-btn--secondary"
              [routerLink]="['/administration/plans', report.planId, 'import']"
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
              >Voir la structure du projet</a
            >
          </li>
        </ul>
      } @else {
        <bsl-load-block
          [error]="loadError()"
          failure="Le compte rendu de cet import n’a pas pu être affiché."
          loading="Chargement du compte rendu…"
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
    { label: 'Accueil', link: '/' },
    { label: 'Administration', link: '/administration' },
    { label: 'Journal', link: '/administration/journal' },
    { label: `Import n° ${this.importId()}` },
  ]);
  protected readonly outcomes = OUTCOMES;
  protected readonly dateTime = formatDateTimeFr;

  protected outcomeOf(report: ImportReport): Outcome {
    if (report.applied) return 'applied';
    return report.errors.length ? 'refused' : 'simulated';
  }
}
