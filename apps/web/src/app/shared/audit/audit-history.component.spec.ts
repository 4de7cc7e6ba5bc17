import { registerLocaleData } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import localeFr from '@angular/common/locales/fr';
import { Component, LOCALE_ID, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { AuditEventPayload, CurrentUser } from '@boussole/domain';
import { AuthService } from '../../core/auth/auth.service';
import { USERS } from '../../features/action/testing/action-fixtures';
import { axeViolations } from '../../testing/axe';
import { AuditHistoryComponent } from './audit-history.component';

@Component({
  imports: [AuditHistoryComponent],
  template: `<h1>Action 2.1.3</h1>
    <bsl-audit-history entity="action" [entityId]="7" [level]="2" />`,
})
class HostComponent {}

const DIRECTOR: CurrentUser = {
  ...USERS.viewer,
  id: 2,
  email: 'direction@boussole.test',
  name: 'Diane Direction',
  role: 'director',
};

const FIRST_PAGE = '/api/audit?entity=action&id=7&page=1&pageSize=20';

const EVENTS: AuditEventPayload[] = [
  {
    id: 31,
    createdAt: '2026-10-05T08:30:00Z',
    verb: 'status_update.create',
    entityType: 'action',
    entityId: '7',
    actor: { id: 3, name: 'Paul Financement' },
    before: { status: 'on_track', progress: 30, version: 4 },
    after: { status: 'late', progress: 40, version: 5, statusUpdateId: 12 },
  },
  {
    id: 30,
    createdAt: '2026-07-01T12:00:00Z',
    verb: 'action.update',
    entityType: 'action',
    entityId: '7',
    actor: { id: 1, name: 'Alice Admin' },
    before: { title: 'Réformer <b>le</b> financement', dueDate: '2027-03-31' },
    after: {
      title: 'Réformer le financement des urgences',
      dueDate: '2027-06-30',
    },
  },
  {
    id: 29,
    createdAt: '2026-01-02T09:00:00Z',
    verb: 'action.archive',
    entityType: 'action',
    entityId: '7',
    actor: null,
    before: null,
    after: null,
  },
];

async function render(user: CurrentUser) {
  registerLocaleData(localeFr);
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([]),
      { provide: LOCALE_ID, useValue: 'fr-FR' },
      { provide: AuthService, useValue: { user: signal(user).asReadonly() } },
    ],
  });
  const fixture = TestBed.createComponent(HostComponent);
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const http = TestBed.inject(HttpTestingController);
  return {
    root,
    http,
    stable: () => fixture.whenStable(),
    toggle: () => root.querySelector<HTMLButtonElement>('.fr-accordion__btn'),
    cells: () =>
      Array.from(root.querySelectorAll('tbody tr'), (row) =>
        Array.from(row.children, (cell) =>
          cell.textContent?.replace(/[ \n\t]+/g, ' ').trim(),
        ),
      ),
  };
}

describe('AuditHistoryComponent', () => {
  it('is hidden from a project manager and from a viewer, who never ask for the trail', async () => {
    for (const user of [USERS.pfManager, USERS.viewer]) {
      const view = await render(user);
      expect(view.toggle()).toBeNull();
      expect(view.root.textContent).not.toContain(
        'Historique des modifications',
      );
      view.http.expectNone(() => true);
      view.http.verify();
      TestBed.resetTestingModule();
    }
  });

  it('shows a director the closed disclosure, then loads the trail on opening, in French', async () => {
    const view = await render(DIRECTOR);
    const toggle = view.toggle();
    expect(toggle?.textContent?.trim()).toBe('Historique des modifications');
    expect(toggle?.closest('h2')).not.toBeNull();
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    // Nothing is asked for before the disclosure is opened.
    view.http.expectNone(() => true);

    toggle?.click();
    await view.stable();
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    expect(view.root.textContent).toContain('Chargement de l’historique…');
    const request = view.http.expectOne(FIRST_PAGE);
    expect(request.request.method).toBe('GET');
    request.flush(EVENTS, { headers: { 'X-Total-Count': '3' } });
    await view.stable();

    expect(view.cells()).toEqual([
      [
        '05/10/2026 à 10:30',
        'Paul Financement',
        'Mise à jour de la météo et de l’avancement',
        'Météo\u00a0: En bonne voie → devient En retard Avancement\u00a0: 30\u00a0% → devient 40\u00a0%',
      ],
      [
        '01/07/2026 à 14:00',
        'Alice Admin',
        'Modification de l’action',
        'Intitulé\u00a0: Réformer <b>le</b> financement → devient Réformer le financement des urgences Échéance\u00a0: 31/03/2027 → devient 30/06/2027',
      ],
      ['02/01/2026 à 10:00', 'Système', 'action.archive', 'Aucun détail'],
    ]);
    // Stored values are text, never markup.
    expect(view.root.querySelector('tbody b')).toBeNull();
    expect(view.root.textContent).toContain('3 modifications enregistrées.');
    // One page only: no pagination.
    expect(view.root.querySelector('.fr-pagination')).toBeNull();
    expect(await axeViolations(view.root)).toEqual([]);

    // Closing and reopening keeps what was loaded.
    toggle?.click();
    await view.stable();
    toggle?.click();
    await view.stable();
    view.http.expectNone(() => true);
    view.http.verify();
  });

  it('pages through a long trail', async () => {
    const view = await render(DIRECTOR);
    view.toggle()?.click();
    await view.stable();
    view.http
      .expectOne(FIRST_PAGE)
      .flush(EVENTS, { headers: { 'X-Total-Count': '45' } });
    await view.stable();

    const pages = Array.from(
      view.root.querySelectorAll('.fr-pagination a[title]'),
      (link) => link.textContent?.trim(),
    );
    expect(pages).toEqual(['1', '2', '3']);
    view.root.querySelector<HTMLAnchorElement>('a[title="Page 2"]')?.click();
    await view.stable();
    view.http
      .expectOne('/api/audit?entity=action&id=7&page=2&pageSize=20')
      .flush(EVENTS.slice(0, 1), { headers: { 'X-Total-Count': '45' } });
    await view.stable();
    expect(view.cells()).toHaveLength(1);
    expect(
      view.root.querySelector('a[aria-current=page]')?.textContent?.trim(),
    ).toBe('2');
    expect(await axeViolations(view.root)).toEqual([]);
    view.http.verify();
  });

  it('says when the trail could not be read, and when it is empty', async () => {
    const view = await render(DIRECTOR);
    view.toggle()?.click();
    await view.stable();
    view.http
      .expectOne(FIRST_PAGE)
      .flush(
        { message: 'Le service est indisponible.' },
        { status: 503, statusText: 'Service Unavailable' },
      );
    await view.stable();
    expect(view.root.querySelector('[role=alert]')?.textContent).toContain(
      'L’historique n’a pas pu être affiché.',
    );
    view.http.verify();
    TestBed.resetTestingModule();

    const empty = await render(DIRECTOR);
    empty.toggle()?.click();
    await empty.stable();
    empty.http
      .expectOne(FIRST_PAGE)
      .flush([], { headers: { 'X-Total-Count': '0' } });
    await empty.stable();
    expect(empty.root.textContent).toContain(
      'Aucune modification n’a été enregistrée.',
    );
    empty.http.verify();
  });
});
