import { HttpClient, HttpParams, type HttpEvent } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ImportPlan, ImportReport } from '@boussole/domain';
import { Observable } from 'rxjs';

const id = (value: number | string) => encodeURIComponent(String(value));

/** The import of a plan from its workbook (DESIGN §5, admins only). */
@Injectable({ providedIn: 'root' })
export class ImportApi {
  private readonly http = inject(HttpClient);

  /** The workbook to fill in: the export's own format, with the plan's current structure. */
  templateUrl(planId: number | string): string {
    return `/api/imports/plans/${id(planId)}/template.xlsx`;
  }

  /**
   * `POST /api/imports/plans/:id?dryRun=true`: the plan of changes, nothing written. Its events,
   * so that the page can show how much of a large file has been sent.
   */
  dryRun(
    planId: number | string,
    file: File,
  ): Observable<HttpEvent<ImportPlan>> {
    return this.http.post<ImportPlan>(
      `/api/imports/plans/${id(planId)}`,
      formData(file),
      {
        params: new HttpParams().set('dryRun', 'true'),
        reportProgress: true,
        observe: 'events',
      },
    );
  }

  /** `POST /api/imports/plans/:id`: applies the file, all or nothing; the kept report. */
  apply(planId: number | string, file: File): Observable<ImportReport> {
    return this.http.post<ImportReport>(
      `/api/imports/plans/${id(planId)}`,
      formData(file),
    );
  }

  /** `GET /api/imports/:id`: a run's kept report (applied, simulated or refused). */
  report(importId: number | string): Observable<ImportReport> {
    return this.http.get<ImportReport>(`/api/imports/${id(importId)}`);
  }
}

function formData(file: File): FormData {
  const body = new FormData();
  body.append('file', file, file.name);
  return body;
}
