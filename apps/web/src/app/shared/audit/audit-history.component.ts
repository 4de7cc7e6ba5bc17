import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { can } from '@boussole/domain';
import { of, switchMap } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { countText } from '../../core/i18n/page-format';
import { LOADING, toLoadState } from '../../core/http/load-state';
import { actorOf } from '../comments/comment-permissions';
import { LoadBlockComponent } from '../load-block.component';
import { PaginationComponent } from '../pagination.component';
import { AuditApi } from './audit.api';
import { AuditChangesComponent } from './audit-changes.component';
import { auditRow } from './audit-row';
import { TableFrameDirective } from '../table-frame.directive';

let nextId = 0;

/** Events a page of the panel shows. */
export const AUDIT_PAGE_SIZE = 20;

/**
 * "Historique des modifications" of one record, for those the policy lets read the audit
 * (DESIGN §4). The trail is asked for only when the disclosure is first opened: most visitors
 * never open it, and those not allowed never send the request.
 */
@Component({
  selector: 'bsl-audit-history',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TableFrameDirective,
    AuditChangesComponent,
    LoadBlockComponent,
    NgTemplateOutlet,
    PaginationComponent,
  ],
  templateUrl: './audit-history.component.html',
})
export class AuditHistoryComponent {
  /** The audited record's type, e.g. `action`, `indicator`, `cycle`. */
  readonly entity = input.required<string>();
  readonly entityId = input.required<string | number>();
  /** The level of the panel's heading, after the page's own headings. */
  readonly level = input<2 | 3 | 4>(2);

  private readonly api = inject(AuditApi);
  private readonly user = inject(AuthService).user;

  protected readonly panelId = `bsl-historique-${++nextId}`;
  protected readonly allowed = computed(
    () => can(actorOf(this.user()), 'audit.read').allowed,
  );
  protected readonly open = signal(false);
  /** Set on the first opening, and kept: closing and reopening does not ask again. */
  private readonly wanted = signal(false);
  /** Back to the first page when the component is given another record. */
  protected readonly page = linkedSignal(() => {
    this.entity();
    this.entityId();
    return 1;
  });

  private readonly request = computed(() =>
    this.wanted() && this.allowed()
      ? {
          entity: this.entity(),
          id: String(this.entityId()),
          page: this.page(),
        }
      : null,
  );
  private readonly state = toSignal(
    toObservable(this.request).pipe(
      switchMap((request) =>
        request
          ? toLoadState(
              this.api.search({
                entity: request.entity,
                id: request.id,
                page: request.page,
                pageSize: AUDIT_PAGE_SIZE,
              }),
            )
          : of(LOADING),
      ),
    ),
    { initialValue: LOADING },
  );
  protected readonly error = computed(() => {
    const state = this.state();
    return state.status === 'error' ? state.message : null;
  });
  protected readonly trail = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.value : null;
  });
  protected readonly rows = computed(() =>
    (this.trail()?.items ?? []).map(auditRow),
  );
  protected readonly pageCount = computed(() =>
    Math.max(1, Math.ceil((this.trail()?.total ?? 0) / AUDIT_PAGE_SIZE)),
  );
  protected readonly summary = computed(() => {
    const total = this.trail()?.total ?? 0;
    const count = countText(
      total,
      $localize`modification enregistrée`,
      $localize`modifications enregistrées`,
    );
    return `${count}.`;
  });

  protected toggle(): void {
    const opening = !this.open();
    this.open.set(opening);
    if (opening) this.wanted.set(true);
  }

  protected goTo(page: number): void {
    this.page.set(page);
  }
}
