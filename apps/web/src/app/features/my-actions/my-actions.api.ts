import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ActionListItem } from '@boussole/domain';
import { Observable } from 'rxjs';

/** The signed-in project manager's actions. */
@Injectable({ providedIn: 'root' })
export class MyActionsApi {
  private readonly http = inject(HttpClient);

  /** `GET /api/users/me/actions`: their unit's actions, what is due in the open cycle first. */
  list(): Observable<ActionListItem[]> {
    return this.http.get<ActionListItem[]>('/api/users/me/actions');
  }
}
