import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import {
  ACTION_LIST_SIGNALS,
  REGIONS,
  SIGNAL_LABELS,
  STATUSES,
  STATUS_LABELS,
  UNITS,
  isStatus,
  type ActionListSignal,
} from '@boussole/domain';
import { DomainTextPipe, domainText } from '../../core/i18n/domain-text';
import { SearchDraft } from '../search-draft';
import { EMPTY_QUERY, type ActionQuery } from './action-query';

/** An axis the filters offer, with its objectives. */
export interface FilterAxis {
  id: number;
  number: number;
  title: string;
  objectives: readonly FilterObjective[];
}

export interface FilterObjective {
  id: number;
  code: string;
  title: string;
}

/** What the signals' boxes say beyond the signal's name. */
const SIGNAL_HINTS: Partial<Record<ActionListSignal, string>> = {
  schedule_gap: $localize`plus de 20\u00a0points sous l’avancement attendu`,
  regional_laggard: $localize`une région à plus de 15\u00a0points sous la médiane`,
};

/**
 * The filters of a list of actions: search, axis (when the list spans several), objective, unit,
 * météo, region, each action signal, and the responsible person when a link set it.
 */
@Component({
  selector: 'bsl-action-filters',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DomainTextPipe],
  templateUrl: './action-filters.component.html',
})
export class ActionFiltersComponent {
  readonly query = input.required<ActionQuery>();
  /** The form's accessible name. */
  readonly label = input.required<string>();
  /** The axes to choose from; null when the list is one axis's. */
  readonly axes = input<readonly FilterAxis[] | null>(null);
  /** The objectives to choose from when there is no axis to choose (one axis's list). */
  readonly objectives = input<readonly FilterObjective[]>([]);
  /** The name of the person the list is filtered on, when known. */
  readonly ownerName = input<string | null>(null);
  /** Filters changed; a search also asks to replace the history entry. */
  readonly filtersChange = output<Partial<ActionQuery>>();

  protected readonly units = UNITS;
  protected readonly regions = REGIONS;
  protected readonly statuses = STATUSES;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly signals = ACTION_LIST_SIGNALS.map((kind) => ({
    kind,
    label: domainText(SIGNAL_LABELS[kind]),
    hint: SIGNAL_HINTS[kind] ?? null,
  }));
  /** The objectives of the chosen axis, or of every axis, grouped by axis. */
  protected readonly objectiveGroups = computed(() => {
    const axes = this.axes();
    if (!axes) return [{ label: null, objectives: this.objectives() }];
    const chosen = this.query().axis;
    return axes
      .filter((axis) => !chosen || String(axis.id) === chosen)
      .map((axis) => ({
        label: $localize`Axe ${axis.number}:AXIS_NUMBER:`,
        objectives: axis.objectives,
      }));
  });
  /** The search box, ahead of the URL by the debounce. */
  protected readonly search = new SearchDraft(
    () => this.query().q,
    (q) => this.filtersChange.emit({ q }),
  );

  protected select(
    name: 'axis' | 'objective' | 'unit' | 'status' | 'region',
    event: Event,
  ): void {
    const value = (event.target as HTMLSelectElement).value || null;
    if (name === 'status') {
      this.filtersChange.emit({ status: isStatus(value) ? value : null });
    } else if (name === 'axis') {
      // An objective of another axis would leave the list empty.
      const objective = this.query().objective;
      const kept = this.axes()
        ?.find((axis) => String(axis.id) === value)
        ?.objectives.some((o) => String(o.id) === objective);
      this.filtersChange.emit({
        axis: value,
        objective: value && !kept ? null : objective,
      });
    } else {
      this.filtersChange.emit({ [name]: value });
    }
  }

  protected hasSignal(kind: ActionListSignal): boolean {
    return this.query().signals.includes(kind);
  }

  protected check(kind: ActionListSignal, event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    const chosen = new Set(this.query().signals);
    if (on) chosen.add(kind);
    else chosen.delete(kind);
    this.filtersChange.emit({
      signals: ACTION_LIST_SIGNALS.filter((k) => chosen.has(k)),
    });
  }

  protected readonly chosenPerson = $localize`la personne choisie`;

  protected ownerFilterLabel(): string {
    return $localize`Retirer le filtre sur le responsable ${this.ownerName() ?? ''}:NAME:`;
  }

  protected clearOwner(): void {
    this.filtersChange.emit({ owner: null });
  }

  protected clear(): void {
    this.search.clear();
    const { sort: _sort, page: _page, ...filters } = EMPTY_QUERY;
    this.filtersChange.emit(filters);
  }
}
