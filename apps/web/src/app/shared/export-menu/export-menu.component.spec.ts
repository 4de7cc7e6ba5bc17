import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
  type TestRequest,
} from '@angular/common/http/testing';
import { Component, signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { axeViolations } from '../../testing/axe';
import { eventually } from '../../testing/page';
import { required } from '../../testing/query';
import { ExportMenuComponent } from './export-menu.component';
import { FileDownload, blobText, fileNameOf } from './file-download';

@Component({
  imports: [ExportMenuComponent],
  template: `<main>
    <bsl-export-menu [planId]="7" [asOf]="asOf()" [cycle]="cycle()" />
  </main>`,
})
class HostComponent {
  readonly asOf = signal<string | null>(null);
  readonly cycle = signal<number | null>(null);
}

describe('ExportMenuComponent', () => {
  let fixture: ComponentFixture<HostComponent>;
  let http: HttpTestingController;
  let saved: { blob: Blob; name: string }[];

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    saved = [];
    vi.spyOn(TestBed.inject(FileDownload), 'save').mockImplementation(
      (blob, name) => void saved.push({ blob, name }),
    );
    fixture = TestBed.createComponent(HostComponent);
    document.body.append(fixture.nativeElement as HTMLElement);
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    (fixture.nativeElement as HTMLElement).remove();
  });

  const root = () => fixture.nativeElement as HTMLElement;
  const toggle = () =>
    required(
      Array.from(root().querySelectorAll('button')).find(
        (button) => button.textContent?.trim() === 'Exporter',
      ),
      'Exporter',
    );
  const item = (label: string) =>
    required(
      Array.from(root().querySelectorAll('li button')).find(
        (button) => button.textContent?.trim() === label,
      ),
      label,
    ) as HTMLButtonElement;
  const menu = () =>
    required(root().querySelector<HTMLElement>('.bsl-export__menu'));
  const status = () =>
    root().querySelector('[role=status]')?.textContent?.trim() ?? '';
  const stable = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  const request = (url: string): Promise<TestRequest> =>
    eventually(() => http.expectOne((candidate) => candidate.url === url));

  it('opens with the four files, closes on Escape with the focus back on the button, and has no axe violation', async () => {
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(menu().hidden).toBe(true);
    expect(toggle().getAttribute('aria-controls')).toBe(menu().id);

    toggle().focus();
    toggle().click();
    await stable();
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    expect(menu().hidden).toBe(false);
    expect(
      Array.from(menu().querySelectorAll('button'), (button) =>
        button.textContent?.trim(),
      ),
    ).toEqual([
      'Tableur (.xlsx)',
      'Actions (.csv)',
      'Déploiements (.csv)',
      'Note CODIR (.pdf)',
    ]);
    expect(await axeViolations(root())).toEqual([]);

    item('Actions (.csv)').focus();
    item('Actions (.csv)').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
    );
    await stable();
    expect(menu().hidden).toBe(true);
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle());
  });

  it('downloads the workbook as of the date shown, busy meanwhile, under the API’s file name', async () => {
    fixture.componentInstance.asOf.set('2026-03-31');
    await stable();
    toggle().click();
    await stable();
    item('Tableur (.xlsx)').click();
    const xlsx = await request('/api/exports/plans/7.xlsx');
    await stable();

    expect(xlsx.request.responseType).toBe('blob');
    expect(xlsx.request.params.get('asOf')).toBe('2026-03-31');
    expect(xlsx.request.params.has('cycle')).toBe(false);
    expect(status()).toBe('Préparation du fichier…');
    expect(toggle().getAttribute('aria-busy')).toBe('true');
    expect(toggle().getAttribute('aria-disabled')).toBe('true');
    expect(menu().hidden).toBe(true);
    expect(document.activeElement).toBe(toggle());
    // Busy, the button does not open the list again.
    toggle().click();
    await stable();
    expect(menu().hidden).toBe(true);
    expect(await axeViolations(root())).toEqual([]);

    xlsx.flush(new Blob(['PK']), {
      headers: {
        'Content-Disposition':
          'attachment; filename="projet.xlsx"; filename*=UTF-8\'\'projet-strat%C3%A9gique.xlsx',
      },
    });
    await eventually(() => expect(saved).toHaveLength(1));
    await stable();
    expect(saved[0].name).toBe('projet-stratégique.xlsx');
    expect(await blobText(saved[0].blob)).toBe('PK');
    expect(status()).toBe('');
    expect(toggle().hasAttribute('aria-busy')).toBe(false);
  });

  it('exports a cycle’s frozen state: the cycle wins over the date, the deployments take neither', async () => {
    fixture.componentInstance.asOf.set('2026-03-31');
    fixture.componentInstance.cycle.set(12);
    await stable();

    toggle().click();
    await stable();
    item('Note CODIR (.pdf)').click();
    const pdf = await request('/api/exports/plans/7/briefing.pdf');
    expect(pdf.request.params.get('cycle')).toBe('12');
    expect(pdf.request.params.has('asOf')).toBe(false);
    pdf.flush(new Blob(['%PDF']));
    await eventually(() => expect(saved).toHaveLength(1));
    expect(saved[0].name).toBe('boussole-note-codir-7.pdf');
    await stable();

    toggle().click();
    await stable();
    item('Actions (.csv)').click();
    const csv = await request('/api/exports/plans/7.csv');
    expect(csv.request.params.get('cycle')).toBe('12');
    csv.flush(new Blob(['code;titre']));
    await eventually(() => expect(saved).toHaveLength(2));
    await stable();

    toggle().click();
    await stable();
    item('Déploiements (.csv)').click();
    const deployments = await request('/api/exports/plans/7/deployments.csv');
    expect(deployments.request.params.keys()).toEqual([]);
    deployments.flush(new Blob(['action;region']));
    await eventually(() => expect(saved).toHaveLength(3));
    expect(saved.map((file) => file.name)).toEqual([
      'boussole-note-codir-7.pdf',
      'boussole-actions-7.csv',
      'boussole-deploiements-7.csv',
    ]);
  });

  it('shows the API’s French message when the file is refused, and saves nothing', async () => {
    toggle().click();
    await stable();
    item('Note CODIR (.pdf)').click();
    const pdf = await request('/api/exports/plans/7/briefing.pdf');
    expect(pdf.request.params.keys()).toEqual([]);
    pdf.flush(
      new Blob(
        [
          JSON.stringify({
            statusCode: 400,
            error: 'Bad Request',
            message: 'La campagne 99 n’appartient pas à ce projet.',
          }),
        ],
        { type: 'application/json' },
      ),
      { status: 400, statusText: 'Bad Request' },
    );
    const alert = await eventually(() => {
      fixture.detectChanges();
      return required(root().querySelector('[role=alert]'));
    });
    expect(alert.textContent?.trim()).toBe(
      'La campagne 99 n’appartient pas à ce projet.',
    );
    expect(alert.classList).toContain('fr-alert--error');
    expect(saved).toEqual([]);
    expect(status()).toBe('');
    expect(await axeViolations(root())).toEqual([]);

    // A new try clears the message.
    toggle().click();
    await stable();
    item('Tableur (.xlsx)').click();
    await stable();
    expect(root().querySelector('[role=alert]')).toBeNull();
    (await request('/api/exports/plans/7.xlsx')).flush(new Blob(['PK']));
    await eventually(() => expect(saved).toHaveLength(1));
  });

  it('reads the file name of a Content-Disposition header', () => {
    expect(fileNameOf('attachment; filename="a b.csv"')).toBe('a b.csv');
    expect(fileNameOf('attachment; filename=plan.xlsx')).toBe('plan.xlsx');
    expect(fileNameOf("attachment; filename*=UTF-8''note%20CODIR.pdf")).toBe(
      'note CODIR.pdf',
    );
    expect(fileNameOf('attachment')).toBeNull();
    expect(fileNameOf(null)).toBeNull();
  });
});
