import { ChangeDetectionStrategy, Component } from '@angular/core';

/** `/administration/utilisateurs`: the list of users (admin). */
@Component({
  selector: 'bsl-users-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<h1>Utilisateurs</h1>`,
})
export class UsersPageComponent {}
