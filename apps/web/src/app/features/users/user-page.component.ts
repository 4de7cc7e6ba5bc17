import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
  viewChild,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { type InvitationPayload, type UserPayload } from '@boussole/domain';
import { firstValueFrom, switchMap } from 'rxjs';
import { apiErrorMessage } from '../../core/http/api-error';
import { LOADING, toLoadState } from '../../core/http/load-state';
import { dateTimeText } from '../../core/i18n/page-format';
import { pageTitle } from '../../core/layout/page-title.strategy';
import {
  BreadcrumbComponent,
  type Crumb,
} from '../../shared/breadcrumb.component';
import { conflictCurrent } from '../../shared/forms';
import { LoadBlockComponent } from '../../shared/load-block.component';
import { ConfirmDialogComponent } from '../../shared/confirm-dialog.component';
import { InvitationLinkComponent } from './components/invitation-link.component';
import { UserEditFormComponent } from './components/user-edit-form.component';
import { USERS_PATH } from './user-create-page.component';
import {
  accountState,
  lastSeenLabel,
  roleLabel,
  scopeLabel,
} from './user-format';
import { UsersApi } from './users.api';

/**
 * `/administration/utilisateurs/:id`: one user. Edit their name, role and scope; issue a new
 * one-time link (invitation or reset); deactivate them (their sessions end at once) or
 * reactivate them, after a confirmation.
 */
@Component({
  selector: 'bsl-user-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    BreadcrumbComponent,
    ConfirmDialogComponent,
    InvitationLinkComponent,
    LoadBlockComponent,
    RouterLink,
    UserEditFormComponent,
  ],
  templateUrl: './user-page.component.html',
})
export class UserPageComponent {
  readonly id = input.required<string>();

  private readonly api = inject(UsersApi);
  private readonly injector = inject(Injector);
  private readonly linkPanel = viewChild(InvitationLinkComponent);
  private readonly stateNotice =
    viewChild<ElementRef<HTMLElement>>('stateNotice');

  private readonly state = toSignal(
    toObservable(this.id).pipe(
      switchMap((id) => toLoadState(this.api.get(id))),
    ),
    { initialValue: LOADING },
  );
  /** The user as last received: loaded, then replaced by every answer of a write. */
  protected readonly user = linkedSignal<UserPayload | null>(() => {
    const state = this.state();
    return state.status === 'ready' ? state.value : null;
  });
  protected readonly error = computed(() => {
    const state = this.state();
    return state.status === 'error' ? state.message : null;
  });
  protected readonly crumbs = computed<Crumb[]>(() => [
    { label: $localize`Administration`, link: '/administration' },
    { label: $localize`Utilisateurs`, link: USERS_PATH },
    { label: this.user()?.name ?? $localize`Utilisateur` },
  ]);
  protected readonly accountState = computed(() => {
    const user = this.user();
    return user ? accountState(user) : null;
  });

  protected readonly dialogHeading = computed(() => {
    const user = this.user();
    if (!user) return '';
    return user.active
      ? $localize`Désactiver le compte de ${user.name}:NAME:\u00a0?`
      : $localize`Réactiver le compte de ${user.name}:NAME:\u00a0?`;
  });

  /** The link just issued by "Nouveau lien". */
  protected readonly link = signal<InvitationPayload | null>(null);
  protected readonly linkPending = signal(false);
  protected readonly linkError = signal<string | null>(null);

  /** The confirmation dialog of a deactivation or reactivation is open. */
  protected readonly confirming = signal(false);
  protected readonly statePending = signal(false);
  protected readonly stateError = signal<string | null>(null);
  protected readonly stateChanged = signal<string | null>(null);

  protected readonly roleLabel = roleLabel;
  protected readonly scopeLabel = scopeLabel;
  protected readonly lastSeenLabel = lastSeenLabel;
  protected readonly dateTime = dateTimeText;
  protected readonly texts = {
    deactivate: $localize`Désactiver le compte`,
    reactivate: $localize`Réactiver le compte`,
    resetLink: $localize`Nouveau lien de réinitialisation`,
    invitationLink: $localize`Nouveau lien d’invitation`,
  };

  constructor() {
    const title = inject(Title);
    effect(() => {
      const user = this.user();
      if (user) title.setTitle(pageTitle(user.name));
    });
  }

  protected onSaved(user: UserPayload): void {
    this.user.set(user);
  }

  protected async newLink(): Promise<void> {
    const user = this.user();
    if (!user || this.linkPending()) return;
    this.linkPending.set(true);
    this.linkError.set(null);
    try {
      this.link.set(await firstValueFrom(this.api.newLink(user.id)));
    } catch (error: unknown) {
      this.linkError.set(apiErrorMessage(error));
      return;
    } finally {
      this.linkPending.set(false);
    }
    afterNextRender(() => this.linkPanel()?.focus(), {
      injector: this.injector,
    });
  }

  protected askStateChange(): void {
    this.stateError.set(null);
    this.stateChanged.set(null);
    this.confirming.set(true);
  }

  protected closeDialog(): void {
    if (!this.statePending()) this.confirming.set(false);
  }

  /** Deactivates an active user, reactivates a deactivated one. */
  protected async changeState(): Promise<void> {
    const user = this.user();
    if (!user || this.statePending()) return;
    const active = !user.active;
    this.statePending.set(true);
    this.stateError.set(null);
    try {
      const saved = await firstValueFrom(
        this.api.update(user.id, { active, version: user.version }),
      );
      this.user.set(saved);
    } catch (error: unknown) {
      const current = conflictCurrent<UserPayload>(error);
      if (current) {
        // Someone saved the user meanwhile: show them as they are, and ask again.
        this.user.set(current);
        this.stateError.set(
          $localize`Cette fiche a été modifiée entre-temps par une autre personne. Vérifiez-la, puis confirmez de nouveau.`,
        );
      } else {
        this.stateError.set(apiErrorMessage(error));
      }
      return;
    } finally {
      this.statePending.set(false);
    }
    this.confirming.set(false);
    this.stateChanged.set(
      active
        ? $localize`Le compte de ${user.name}:NAME: est réactivé.`
        : $localize`Le compte de ${user.name}:NAME: est désactivé et ses sessions ont pris fin.`,
    );
    afterNextRender(() => this.stateNotice()?.nativeElement.focus(), {
      injector: this.injector,
    });
  }
}
