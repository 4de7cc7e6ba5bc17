import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  type RollupExplainPage,
  type RollupExplainPayload,
  type RollupNodePayload,
} from '@boussole/domain';
import { apiErrorMessage } from '../core/http/api-error';
import { DomainTextPipe } from '../core/i18n/domain-text';
import { countText, numberText, percentText } from '../core/i18n/page-format';
import { RollupApi, type ExplainSource } from '../features/plans/rollup.api';
import { TableFrameDirective } from './table-frame.directive';

let nextId = 0;

/** Rows fetched per page: a large axis lists hundreds of actions, shown 50 at a time. */
export const EXPLAIN_PAGE_SIZE = 50;

/** The node's lists as far as they are known: the rows of the pages fetched, and the totals. */
interface Lists {
  readonly counted: RollupExplainPage['counted'];
  readonly excluded: RollupExplainPage['excluded'];
  readonly countedTotal: number;
  readonly excludedTotal: number;
  /** The last page fetched; 0 before the first. */
  readonly page: number;
  readonly loading: boolean;
  readonly error: string | null;
  /** What the polite live region says once more rows are there. */
  readonly announced: string;
}

/**
 * "Comment est-ce calculé ?": a disclosure that shows the inputs of a roll-up figure, the actions
 * counted with their weight and progress, the ones left out and why, and, when given, which rule
 * decided the node's health (DESIGN §3). The lists come either inline (`explain`, the regional
 * roll-up) or, for a plan's node (`source`), from the API once the panel is first opened, a page
 * at a time: the roll-up itself stays the same size whatever the number of actions.
 */
@Component({
  selector: 'bsl-explain',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DomainTextPipe, TableFrameDirective],
  templateUrl: './explain.component.html',
  styles: `
    .bsl-explain__panel {
      border-left: 4px solid var(--border-default-blue-france);
      background: var(--background-alt-grey);
    }
  `,
})
export class ExplainComponent {
  /** The lists inline, as the regional roll-up gives them. */
  readonly explain = input<RollupExplainPayload | null>(null);
  /** Where to fetch the lists of a plan's node when there are none inline. */
  readonly source = input<ExplainSource | null>(null);
  /** The node's own figures: how many actions are counted is said from them before any fetch. */
  readonly node = input<Pick<
    RollupNodePayload,
    'counts' | 'actionCount'
  > | null>(null);
  /** The figure explained, e.g. "Avancement de l’axe 1". */
  readonly figure = input<string>('');
  readonly progress = input<number | null>(null);
  /** The node's health explained, as the domain's `healthExplanation` says it; none when empty. */
  readonly health = input<string>('');

  private readonly api = inject(RollupApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private readonly host: ElementRef<HTMLElement> = inject(ElementRef);

  protected readonly panelId = `bsl-explain-${++nextId}`;
  protected readonly shownId = `${this.panelId}-shown`;
  protected readonly open = signal(false);

  private readonly remote = computed(() =>
    this.explain() ? null : this.source(),
  );
  /** Starts afresh with each new roll-up (a live refresh, another date): nothing kept is stale. */
  protected readonly lists = linkedSignal({
    source: () => [this.explain(), this.source(), this.node()] as const,
    computation: ([explain, , node]): Lists =>
      explain
        ? complete(explain)
        : node?.actionCount === 0
          ? complete({ counted: [], excluded: [] })
          : EMPTY,
  });

  protected readonly regionLabel = computed(() =>
    this.figure()
      ? $localize`Calcul : ${this.figure()}:FIGURE:`
      : $localize`Détail du calcul`,
  );
  protected readonly progressText = computed(() => {
    const progress = this.progress();
    return progress === null
      ? $localize`non calculé, faute d’action comptée.`
      : `${percentText(progress)}.`;
  });
  /**
   * How many actions are counted, of how many: from the node's own counts when given (the same
   * roll-up as the figures beside it, known before any fetch), else from the inline lists.
   */
  private readonly tally = computed(() => {
    const node = this.node();
    if (node) {
      // Only abandoned actions are left out: a weight is always positive in the database.
      const counted = node.actionCount - node.counts.abandoned.count;
      return { counted, total: node.actionCount };
    }
    const lists = this.lists();
    return {
      counted: lists.countedTotal,
      total: lists.countedTotal + lists.excludedTotal,
    };
  });
  protected readonly sentence = computed(() => {
    const n = this.tally().counted;
    if (n === 0)
      return $localize`Aucune action n’est comptée : l’avancement ne peut pas être calculé.`;
    return n === 1
      ? $localize`Moyenne des avancements de la seule action comptée, pondérée par son poids : c’est son avancement.`
      : $localize`Moyenne des avancements des ${numberText(n)}:COUNT: actions comptées, pondérée par leur poids. Les actions abandonnées ne sont pas comptées.`;
  });
  protected readonly coverage = computed(() => {
    const { counted, total } = this.tally();
    const actions = countText(
      counted,
      $localize`action comptée`,
      $localize`actions comptées`,
    );
    return $localize`${actions}:COUNTED: sur ${numberText(total)}:TOTAL:.`;
  });
  protected readonly counted = computed(() =>
    this.lists().counted.map((row) => ({
      ...row,
      weight: numberText(row.weight),
      progress: percentText(row.progress),
    })),
  );
  /** Rows shown and rows in all, once the first page is there. */
  protected readonly shown = computed(() => {
    const lists = this.lists();
    const rows = lists.counted.length + lists.excluded.length;
    const total = lists.countedTotal + lists.excludedTotal;
    return {
      rows,
      total,
      text: $localize`${numberText(rows)}:SHOWN: sur ${numberText(total)}:TOTAL:`,
      paged: lists.page > 1 || rows < total,
      more: lists.page > 0 && rows < total,
    };
  });

  constructor() {
    // The first opening fetches page 1; so does a new roll-up arriving while the panel is open.
    effect(() => {
      const lists = this.lists();
      if (
        this.open() &&
        this.remote() &&
        lists.page === 0 &&
        !lists.loading &&
        lists.error === null
      ) {
        untracked(() => this.fetch(false));
      }
    });
  }

  protected toggle(): void {
    this.open.update((open) => !open);
  }

  /** "Afficher les actions suivantes" and "Réessayer": the next page, appended. */
  protected fetch(fromButton: boolean): void {
    const source = this.remote();
    const before = this.lists();
    if (!source || before.loading) return;
    const started: Lists = { ...before, loading: true, error: null };
    this.lists.set(started);
    const firstNew = before.counted.length + before.excluded.length;
    this.api
      .explain(source, before.page + 1, EXPLAIN_PAGE_SIZE)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => {
          // A new roll-up came meanwhile: this page belongs to the old one.
          if (this.lists() !== started) return;
          const rows = firstNew + page.counted.length + page.excluded.length;
          const total = page.countedTotal + page.excludedTotal;
          this.lists.set({
            counted: [...before.counted, ...page.counted],
            excluded: [...before.excluded, ...page.excluded],
            countedTotal: page.countedTotal,
            excludedTotal: page.excludedTotal,
            page: before.page + 1,
            loading: false,
            error: null,
            announced:
              before.page === 0
                ? ''
                : $localize`${numberText(rows - firstNew)}:ADDED: actions de plus affichées : ${numberText(rows)}:SHOWN: sur ${numberText(total)}:TOTAL:.`,
          });
          if (fromButton) this.keepFocus(`[data-row="${firstNew}"]`);
        },
        error: (error: unknown) => {
          if (this.lists() !== started) return;
          this.lists.set({
            ...before,
            loading: false,
            error: apiErrorMessage(error),
            announced: '',
          });
          if (fromButton) this.keepFocus('.bsl-explain__retry');
        },
      });
  }

  /**
   * When the button pressed is gone (the last page came, or a retry), focus goes to what
   * follows from it rather than back to the top of the page; a button still there keeps it.
   */
  private keepFocus(selector: string): void {
    afterNextRender(
      () => {
        const host = this.host.nativeElement;
        const active = host.ownerDocument.activeElement;
        if (
          active &&
          active !== host.ownerDocument.body &&
          host.contains(active)
        )
          return;
        host.querySelector<HTMLElement>(selector)?.focus();
      },
      { injector: this.injector },
    );
  }
}

const EMPTY: Lists = {
  counted: [],
  excluded: [],
  countedTotal: 0,
  excludedTotal: 0,
  page: 0,
  loading: false,
  error: null,
  announced: '',
};

/** Lists known whole from the start: nothing to fetch. */
function complete(explain: RollupExplainPayload): Lists {
  return {
    ...EMPTY,
    counted: explain.counted,
    excluded: explain.excluded,
    countedTotal: explain.counted.length,
    excludedTotal: explain.excluded.length,
    page: 1,
  };
}
