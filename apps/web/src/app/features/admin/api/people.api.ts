import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Role, UserPayload, UserSummary } from '@boussole/domain';
import { Observable, forkJoin, map } from 'rxjs';

/** More people than any role has at the DGOS: one page is enough for a select. */
const PEOPLE_PAGE_SIZE = '200';

/** The active users a structure form may choose: sponsors of an axis, owners of an action. */
@Injectable({ providedIn: 'root' })
export class PeopleApi {
  private readonly http = inject(HttpClient);

  /** Active users of one role (and unit), by name. */
  withRole(role: Role, unitCode?: string): Observable<UserSummary[]> {
    const params: Record<string, string> = {
      role,
      active: 'true',
      pageSize: PEOPLE_PAGE_SIZE,
    };
    if (unitCode) params['unit'] = unitCode;
    return this.http
      .get<UserPayload[]>('/api/users', { params })
      .pipe(map((users) => users.map(({ id, name }) => ({ id, name }))));
  }

  /** Who may sponsor an axis: the directors. */
  sponsors(): Observable<UserSummary[]> {
    return this.withRole('director').pipe(map(byName));
  }

  /**
   * Who may own an action of `unitCode` (DESIGN §4, those who may update it): its unit's project
   * managers, the directors and the admins.
   */
  owners(unitCode: string): Observable<OwnerGroups> {
    return forkJoin({
      managers: this.withRole('project_manager', unitCode).pipe(map(byName)),
      directors: this.withRole('director').pipe(map(byName)),
      admins: this.withRole('admin').pipe(map(byName)),
    });
  }
}

export interface OwnerGroups {
  managers: UserSummary[];
  directors: UserSummary[];
  admins: UserSummary[];
}

function byName(users: UserSummary[]): UserSummary[] {
  return [...users].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}
