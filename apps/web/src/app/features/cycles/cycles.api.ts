import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AxisValidationPayload,
  CycleCompleteness,
  CycleValidations,
  RemindersSent,
  ReopenAxisRequest,
  ValidateAxisRequest,
} from '@boussole/domain';
import { Observable } from 'rxjs';

const cycleUrl = (id: number) =>
  `/api/cycles/${encodeURIComponent(String(id))}`;
const axisUrl = (id: number, axisId: number) =>
  `${cycleUrl(id)}/axes/${encodeURIComponent(String(axisId))}`;

/**
 * The endpoints of a reporting cycle's page (DESIGN §5); the plans and a plan's list of cycles
 * come from `PlansApi` and `RollupApi`.
 */
@Injectable({ providedIn: 'root' })
export class CyclesApi {
  private readonly http = inject(HttpClient);

  /** `GET /api/cycles/:id/completeness`: expected, received and missing updates. */
  completeness(id: number): Observable<CycleCompleteness> {
    return this.http.get<CycleCompleteness>(`${cycleUrl(id)}/completeness`);
  }

  /** `GET /api/cycles/:id/validations`: every validation of the cycle, reopened ones included. */
  validations(id: number): Observable<CycleValidations> {
    return this.http.get<CycleValidations>(`${cycleUrl(id)}/validations`);
  }

  /** Validates an axis: 400 (`fields`) when a justification is missing, 409 when already validated or the cycle is not open. */
  validate(
    id: number,
    axisId: number,
    body: ValidateAxisRequest,
  ): Observable<AxisValidationPayload> {
    return this.http.post<AxisValidationPayload>(
      `${axisUrl(id, axisId)}/validate`,
      body,
    );
  }

  /** Reopens a validated axis (admins), with a reason. */
  reopen(
    id: number,
    axisId: number,
    body: ReopenAxisRequest,
  ): Observable<AxisValidationPayload> {
    return this.http.delete<AxisValidationPayload>(
      `${axisUrl(id, axisId)}/validation`,
      { body },
    );
  }

  /** Sends the cycle's reminders now: 409 within ten minutes of the last sending. */
  remind(id: number): Observable<RemindersSent> {
    return this.http.post<RemindersSent>(`${cycleUrl(id)}/reminders`, {});
  }
}
