import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { isRole, type UserCreateResponse } from '@boussole/domain';
import { firstValueFrom } from 'rxjs';
import {
  BreadcrumbComponent,
  type Crumb,
} from '../../shared/breadcrumb.component';
import {
  FormAlertsComponent,
  FormState,
  InputFieldComponent,
  SelectFieldComponent,
} from '../../shared/forms';
import { InvitationLinkComponent } from './components/invitation-link.component';
import { scopeOfRole } from './user-format';
import {
  EMPTY_USER_FORM,
  REGION_OPTIONS,
  ROLE_HINT,
  ROLE_OPTIONS,
  UNIT_OPTIONS,
  USER_FIELD_IDS,
  toCreateRequest,
  validateUser,
  type UserField,
  type UserFormValue,
} from './user-form';
import { UsersApi } from './users.api';

export const USERS_PATH = '/administration/utilisateurs';

/**
 * `/administration/utilisateurs/nouveau`: a new user with the scope their role needs; then their
 * one-time invitation link, to copy and pass on (it is also e-mailed when SMTP is configured).
 */
@Component({
  selector: 'bsl-user-create-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    BreadcrumbComponent,
    FormAlertsComponent,
    InputFieldComponent,
    InvitationLinkComponent,
    RouterLink,
    SelectFieldComponent,
  ],
  templateUrl: './user-create-page.component.html',
})
export class UserCreatePageComponent {
  private readonly api = inject(UsersApi);
  private readonly injector = inject(Injector);
  private readonly formElement =
    viewChild<ElementRef<HTMLFormElement>>('formElement');
  private readonly linkPanel = viewChild(InvitationLinkComponent);

  protected readonly crumbs: readonly Crumb[] = [
    { label: $localize`Administration`, link: '/administration' },
    { label: $localize`Utilisateurs`, link: USERS_PATH },
    { label: $localize`Ajouter un utilisateur` },
  ];
  protected readonly ids = USER_FIELD_IDS;
  protected readonly roleHint = ROLE_HINT;
  protected readonly roles = ROLE_OPTIONS;
  protected readonly units = UNIT_OPTIONS;
  protected readonly regions = REGION_OPTIONS;
  protected readonly form = new FormState<UserFormValue, UserField>(
    signal(EMPTY_USER_FORM),
    {
      ids: USER_FIELD_IDS,
      validate: (value) => validateUser(value, { withEmail: true }),
    },
  );
  /** Which scope field the chosen role needs. */
  protected readonly scope = computed(() => {
    const role = this.form.value().role;
    return isRole(role) ? scopeOfRole(role) : null;
  });
  /** The user just created and their invitation. */
  protected readonly created = signal<UserCreateResponse | null>(null);

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    const root = this.formElement()?.nativeElement;
    if (!root || !this.form.start(root)) return;
    let response: UserCreateResponse;
    try {
      response = await firstValueFrom(
        this.api.create(toCreateRequest(this.form.value())),
      );
    } catch (error: unknown) {
      this.form.failed(error, root, { alert: 'without-fields' });
      return;
    }
    this.form.succeeded();
    this.created.set(response);
    // The form gave way to the link: put the focus on its title.
    afterNextRender(() => this.linkPanel()?.focus(), {
      injector: this.injector,
    });
  }

  protected createdHeading(name: string): string {
    return $localize`Le compte de ${name}:NAME: est créé`;
  }

  /** "Ajouter une autre personne": a fresh form. */
  protected another(): void {
    this.created.set(null);
    this.form.reset(EMPTY_USER_FORM);
    afterNextRender(
      () =>
        this.formElement()
          ?.nativeElement.querySelector<HTMLElement>(`#${USER_FIELD_IDS.email}`)
          ?.focus(),
      { injector: this.injector },
    );
  }
}
