import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  STATUS_LABELS,
  formatDateFr,
  formatDateTimeFr,
  formatPercentFr,
  formatPointsFr,
  type ActionListItem,
  type ActionSort,
} from '@boussole/domain';
import { SignalTagsComponent } from '../../../shared/signal-tags.component';
import { StatusBadgeComponent } from '../../../shared/status-badge.component';
import { ariaSort, nextSort, type SortParam } from '../action-query';

interface Column {
  label: string;
  sort: ActionSort | null;
}

const COLUMNS: readonly Column[] = [
  { label: 'Code', sort: 'code' },
  { label: 'Intitulé', sort: 'title' },
  { label: 'Sous-direction', sort: null },
  { label: 'Responsable', sort: null },
  { label: 'Échéance', sort: 'dueDate' },
  { label: 'Météo', sort: 'status' },
  { label: 'Avancement', sort: 'progress' },
  { label: 'Écart au calendrier', sort: 'scheduleGap' },
  { label: 'Dernière mise à jour', sort: 'lastUpdateAt' },
  { label: 'Signaux', sort: null },
];

/** The axis's actions as a DSFR table whose headers sort it. */
@Component({
  selector: 'bsl-actions-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, SignalTagsComponent, StatusBadgeComponent],
  templateUrl: './actions-table.component.html',
  styles: `
    .bsl-sort {
      white-space: nowrap;
    }
    td {
      vertical-align: top;
    }
  `,
})
export class ActionsTableComponent {
  readonly items = input.required<readonly ActionListItem[]>();
  readonly sort = input.required<SortParam>();
  readonly caption = input.required<string>();
  readonly sortChange = output<SortParam>();

  protected readonly columns = COLUMNS;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly date = formatDateFr;
  protected readonly dateTime = formatDateTimeFr;
  protected readonly percent = formatPercentFr;
  protected readonly points = formatPointsFr;

  protected ariaSort(key: ActionSort): string {
    return ariaSort(this.sort(), key);
  }

  protected icon(key: ActionSort): string {
    switch (ariaSort(this.sort(), key)) {
      case 'ascending':
        return 'fr-icon-arrow-up-line';
      case 'descending':
        return 'fr-icon-arrow-down-line';
      default:
        return 'fr-icon-arrow-up-down-line';
    }
  }

  /** What pressing the header will do, for screen readers. */
  protected sortHint(key: ActionSort): string {
    return nextSort(this.sort(), key).startsWith('-')
      ? 'trier par ordre décroissant'
      : 'trier par ordre croissant';
  }

  protected toggle(key: ActionSort): void {
    this.sortChange.emit(nextSort(this.sort(), key));
  }
}
