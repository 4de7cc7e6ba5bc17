import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { type MailOutboxPayload } from '@boussole/domain';
import { map, switchMap } from 'rxjs';
import { LOADING, toLoadState } from '../../core/http/load-state';
import { countText, dateTimeText } from '../../core/i18n/page-format';
import {
  BreadcrumbComponent,
  type Crumb,
} from '../../shared/breadcrumb.component';
import { LoadBlockComponent } from '../../shared/load-block.component';
import { PaginationComponent } from '../../shared/pagination.component';
import { USERS_PATH } from './user-create-page.component';
import { UsersApi } from './users.api';
import { TableFrameDirective } from '../../shared/table-frame.directive';

export const OUTBOX_PAGE_SIZE = 20;

/** A message's delivery, in words, with its DSFR badge and, after a failure, what happens next. */
export function deliveryOf(message: MailOutboxPayload): {
  label: string;
  badge: 'success' | 'error' | 'warning' | 'info';
  detail: string | null;
} {
  if (message.sentAt) {
    return {
      label: $localize`Envoyé`,
      badge: 'success',
      detail: $localize`le ${dateTimeText(message.sentAt)}:DATE:`,
    };
  }
  if (!message.error)
    return { label: $localize`Non envoyé`, badge: 'info', detail: null };
  return message.retryAt
    ? {
        label: $localize`Échec, nouvel essai prévu`,
        badge: 'warning',
        detail: $localize`${message.error}:ERROR: — nouvel essai le ${dateTimeText(message.retryAt)}:DATE:.`,
      }
    : {
        label: $localize`Échec de l’envoi`,
        badge: 'error',
        detail:
          message.attempts > 1
            ? $localize`${message.error}:ERROR: — abandonné après ${message.attempts}:ATTEMPTS: essais.`
            : $localize`${message.error}:ERROR: — abandonné.`,
      };
}

/**
 * `/administration/utilisateurs/messages`: the e-mails Boussole has written (invitations, reset
 * links), newest first, whether SMTP sent them or not; without SMTP, this is where they are read.
 */
@Component({
  selector: 'bsl-outbox-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TableFrameDirective,
    BreadcrumbComponent,
    LoadBlockComponent,
    PaginationComponent,
  ],
  templateUrl: './outbox-page.component.html',
  styles: `
    .bsl-mail-body {
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
  `,
})
export class OutboxPageComponent {
  private readonly api = inject(UsersApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly crumbs: readonly Crumb[] = [
    { label: $localize`Administration`, link: '/administration' },
    { label: $localize`Utilisateurs`, link: USERS_PATH },
    { label: $localize`Messages envoyés` },
  ];
  protected readonly page = toSignal(
    this.route.queryParams.pipe(
      map((params) => {
        const page = Number(params['page']);
        return Number.isInteger(page) && page >= 1 ? page : 1;
      }),
    ),
    { initialValue: 1 },
  );
  private readonly state = toSignal(
    toObservable(this.page).pipe(
      switchMap((page) =>
        toLoadState(
          this.api.outbox({
            page: String(page),
            pageSize: String(OUTBOX_PAGE_SIZE),
          }),
        ),
      ),
    ),
    { initialValue: LOADING },
  );
  protected readonly result = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.value : null;
  });
  protected readonly error = computed(() => {
    const state = this.state();
    return state.status === 'error' ? state.message : null;
  });
  protected readonly pageCount = computed(() =>
    Math.max(1, Math.ceil((this.result()?.total ?? 0) / OUTBOX_PAGE_SIZE)),
  );

  protected readonly total = computed(() =>
    countText(
      this.result()?.total ?? 0,
      $localize`message`,
      $localize`messages`,
    ),
  );
  protected readonly caption = computed(
    () =>
      $localize`Messages, page ${this.page()}:PAGE: sur ${this.pageCount()}:PAGE_COUNT:`,
  );

  protected readonly dateTime = dateTimeText;
  protected readonly deliveryOf = deliveryOf;

  protected goTo(page: number): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { page: page > 1 ? page : null },
    });
  }
}
