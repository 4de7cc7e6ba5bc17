import { registerLocaleData } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import localeFr from '@angular/common/locales/fr';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { addDays } from '@boussole/domain';
import { todayIso } from '../../shared/dates';
import { FileDownload } from '../../shared/export-menu/file-download';
import { required } from '../../testing/query';
import { PlanPageComponent } from './plan-page.component';
import { plan, summaries } from './testing/fixtures';

describe('PlanPageComponent: exports', { timeout: 30000 }, () => {
  it('exports the figures as of the past date shown (?asOf=)', async () => {
    registerLocaleData(localeFr);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [{ path: 'plans/:id', component: PlanPageComponent }],
          withComponentInputBinding(),
        ),
        { provide: LOCALE_ID, useValue: 'fr-FR' },
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const save = vi
      .spyOn(TestBed.inject(FileDownload), 'save')
      .mockImplementation(() => undefined);
    const harness = await RouterTestingHarness.create();
    const asOf = addDays(todayIso(), -30);
    const navigation = harness.navigateByUrl(`/plans/1?asOf=${asOf}`);
    const request = (url: string) =>
      vi.waitFor(() => http.expectOne((candidate) => candidate.url === url));
    (await request('/api/plans')).flush(summaries);
    (await request('/api/plans/1')).flush(plan);
    await navigation;
    await harness.fixture.whenStable();

    const page = required(harness.routeNativeElement);
    const button = (name: string) =>
      required(
        Array.from(page.querySelectorAll('button')).find(
          (candidate) => candidate.textContent?.trim() === name,
        ),
        name,
      );
    button('Exporter').click();
    await harness.fixture.whenStable();
    button('Tableur (.xlsx)').click();
    const xlsx = await request('/api/exports/plans/1.xlsx');
    expect(xlsx.request.params.get('asOf')).toBe(asOf);
    xlsx.flush(new Blob(['PK']));
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(1));
  });
});
