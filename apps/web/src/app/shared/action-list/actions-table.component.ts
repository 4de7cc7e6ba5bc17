import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  STATUS_LABELS,
  type ActionListItem,
  type ActionSort,
  type SignalKind,
} from '@boussole/domain';
import { DomainTextPipe } from '../../core/i18n/domain-text';
import {
  dateText,
  dateTimeText,
  percentText,
  pointsText,
} from '../../core/i18n/page-format';
import { SignalTagsComponent } from '../signal-tags.component';
import { StatusBadgeComponent } from '../status-badge.component';
import { TableFrameDirective } from '../table-frame.directive';
import { ariaSort, nextSort, type SortParam } from './action-query';

interface Column {
  label: string;
  sort: ActionSort | null;
}

/**
 * Météo, progress and gap come right after the action, so that they are on screen without
 * scrolling sideways at 1280 px; the rest follows.
 */
const COLUMNS: readonly Column[] = [
  { label: $localize`Action`, sort: 'code' },
  { label: $localize`Météo`, sort: 'status' },
  { label: $localize`Avancement`, sort: 'progress' },
  { label: $localize`Écart au calendrier`, sort: 'scheduleGap' },
  { label: $localize`Échéance`, sort: 'dueDate' },
  { label: $localize`Sous-direction`, sort: null },
  { label: $localize`Responsable`, sort: null },
  { label: $localize`Dernière mise à jour`, sort: 'lastUpdateAt' },
  { label: $localize`Signaux`, sort: null },
];

/**
 * Actions as a DSFR table whose headers sort it; its caption is for screen readers, the page's
 * heading and count say it on screen. The action (code and title) is the row's header,
 * fixed on the left while the frame scrolls sideways; the frame (bslTableFrame) takes the
 * keyboard focus while it scrolls, so that it can be scrolled without a mouse (WCAG 2.1.1).
 */
@Component({
  selector: 'bsl-actions-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DomainTextPipe,
    RouterLink,
    SignalTagsComponent,
    StatusBadgeComponent,
    TableFrameDirective,
  ],
  templateUrl: './actions-table.component.html',
  styles: `
    /* The frame contains what is positioned inside it (the headers' hidden hints), so that they
       scroll with it instead of widening the page (WCAG 1.4.10). */
    .fr-table__container {
      position: relative;
    }
    .bsl-sort {
      white-space: nowrap;
    }
    td,
    th[scope='row'] {
      vertical-align: top;
    }
    .bsl-action {
      white-space: normal;
      min-width: 10rem;
      max-width: 22rem;
    }
    .bsl-signals {
      white-space: normal;
      min-width: 9rem;
    }
    @media (min-width: 36em) {
      .bsl-action {
        min-width: 16rem;
      }
    }
  `,
})
export class ActionsTableComponent {
  readonly items = input.required<readonly ActionListItem[]>();
  readonly sort = input.required<SortParam>();
  readonly caption = input.required<string>();
  /**
   * Signals every row carries because the list is filtered on them, though the rows do not list
   * them (a region's lag is its deployments', not in the action's own signals).
   */
  readonly filteredSignals = input<readonly SignalKind[]>([]);
  /** The id of the frame, for links and tests. */
  readonly frameId = input('actions-liste');
  readonly sortChange = output<SortParam>();

  protected readonly columns = COLUMNS;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly date = dateText;
  protected readonly dateTime = dateTimeText;
  protected readonly percent = percentText;
  protected readonly points = pointsText;
  protected readonly never = $localize`Jamais`;

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
      ? $localize`trier par ordre décroissant`
      : $localize`trier par ordre croissant`;
  }

  /** The row's signals, with those the filter vouches for. */
  protected signalsOf(action: ActionListItem): SignalKind[] {
    const extra = this.filteredSignals().filter(
      (kind) => !action.signals.includes(kind),
    );
    return [...action.signals, ...extra];
  }

  protected toggle(key: ActionSort): void {
    this.sortChange.emit(nextSort(this.sort(), key));
  }
}
