import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { UserPayload } from '@boussole/domain';
import {
  accountState,
  lastSeenLabel,
  roleLabel,
  scopeLabel,
} from '../user-format';
import { TableFrameDirective } from '../../../shared/table-frame.directive';

/** The users of one page of the list; each name leads to the user's page. */
@Component({
  selector: 'bsl-users-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TableFrameDirective, RouterLink],
  template: `
    <div class="fr-table fr-table--sm fr-mb-2w">
      <div class="fr-table__wrapper">
        <div class="fr-table__container" bslTableFrame>
          <div class="fr-table__content">
            <table>
              <caption>
                {{
                  caption()
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col" i18n>Nom</th>
                  <th scope="col" i18n>Adresse électronique</th>
                  <th scope="col" i18n>Rôle</th>
                  <th scope="col" i18n>Rattachement</th>
                  <th scope="col" i18n>État</th>
                  <th scope="col" i18n>Dernière connexion</th>
                </tr>
              </thead>
              <tbody>
                @for (user of items(); track user.id) {
                  @let state = accountState(user);
                  <tr>
                    <th scope="row">
                      <a [routerLink]="[user.id]">{{ user.name }}</a>
                    </th>
                    <td>{{ user.email }}</td>
                    <td>{{ roleLabel(user.role) }}</td>
                    <td>{{ scopeLabel(user) || '–' }}</td>
                    <td>
                      <p
                        class="fr-badge fr-badge--sm fr-badge--no-icon fr-badge--{{
                          state.badge
                        }}"
                      >
                        {{ state.label }}
                      </p>
                    </td>
                    <td>{{ lastSeenLabel(user.lastSeenAt) }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  `,
})
export class UsersTableComponent {
  readonly items = input.required<readonly UserPayload[]>();
  readonly caption = input.required<string>();

  protected readonly accountState = accountState;
  protected readonly roleLabel = roleLabel;
  protected readonly scopeLabel = scopeLabel;
  protected readonly lastSeenLabel = lastSeenLabel;
}
