import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type {
  ActionListItem,
  CurrentUser,
  CyclePayload,
} from '@boussole/domain';
import { AuthService } from '../../core/auth/auth.service';
import { axeViolations } from '../../testing/axe';
import { required } from '../../testing/query';
import { anAction, USERS } from '../action/testing/action-fixtures';
import { MyActionsPageComponent } from './my-actions-page.component';

const item = (changes: Partial<ActionListItem>): ActionListItem => {
  const {
    axis: _axis,
    objective: _objective,
    milestones: _milestones,
    indicators: _indicators,
    signalDetails: _signalDetails,
    openCycle: _openCycle,
    lockedReason: _lockedReason,
    latestUpdate: _latestUpdate,
    ...summary
  } = anAction();
  return { ...summary, ...changes };
};

const actions: ActionListItem[] = [
  item({
    id: 7,
    code: '2.1.3',
    scheduleGap: -25,
    signals: ['stale', 'schedule_gap'],
  }),
  item({
    id: 8,
    code: '2.1.4',
    title: 'Tarifer la psychiatrie',
    dueDate: '2026-09-30',
    effectiveStatus: 'late',
    scheduleGap: -10,
    signals: ['overdue', 'stale'],
  }),
  item({
    id: 9,
    code: '2.2.1',
    title: 'Réviser la T2A',
    status: 'late',
    effectiveStatus: 'late',
    scheduleGap: -5,
    signals: [],
    // Updated in the open cycle.
    lastUpdateAt: '2026-11-20T09:00:00Z',
  }),
  item({
    id: 12,
    code: '2.2.2',
    title: 'Simplifier les MIG',
    scheduleGap: 3,
    signals: [],
    dueDate: null,
    lastUpdateAt: '2026-11-18T09:00:00Z',
  }),
  item({
    id: 10,
    code: '2.3.1',
    title: 'Publier les tarifs',
    status: 'done',
    effectiveStatus: 'done',
    progress: 100,
    scheduleGap: 0,
    signals: [],
  }),
  item({
    id: 11,
    code: '2.3.2',
    title: 'Fusionner deux dotations',
    status: 'abandoned',
    effectiveStatus: 'abandoned',
    scheduleGap: null,
    signals: [],
  }),
];

const cycle = (changes: Partial<CyclePayload>): CyclePayload => ({
  id: 9,
  planId: 1,
  label: 'T4 2026',
  opensOn: '2026-11-16',
  closesOn: '2026-12-11',
  state: 'open',
  version: 2,
  ...changes,
});

describe('MyActionsPageComponent', () => {
  let http: HttpTestingController;

  async function open(user: CurrentUser) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'mes-actions', component: MyActionsPageComponent },
        ]),
        { provide: AuthService, useValue: { user: signal(user).asReadonly() } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create('/mes-actions');
    return { harness, page: () => required(harness.routeNativeElement) };
  }

  afterEach(() => http.verify());

  it('shows the open cycle’s closing date, what is still due the most urgent first, and the closed actions folded apart', async () => {
    const { harness, page } = await open(USERS.pfManager);
    await vi
      .waitFor(() => http.expectOne('/api/users/me/actions'))
      .then((request) => request.flush(actions));
    const cycles = await vi.waitFor(() =>
      http.expectOne((request) => request.url === '/api/cycles'),
    );
    expect(cycles.request.params.get('plan')).toBe('1');
    cycles.flush([
      cycle({ id: 8, label: 'T3 2026', state: 'closed' }),
      cycle({}),
    ]);
    await harness.fixture.whenStable();

    expect(page().querySelector('h1')?.textContent?.trim()).toBe('Mes actions');
    expect(page().querySelector('#cloture-campagne')?.textContent?.trim()).toBe(
      'Campagne T4 2026\u00a0: clôture le 11/12/2026',
    );
    // What the open cycle still expects, said before the list that marks those actions.
    const expectation = required(page().querySelector('#attendu-campagne'));
    expect(expectation.textContent?.trim()).toBe(
      'Campagne T4 2026 (jusqu’au 11/12/2026)\u00a0: 2 actions sur 4 restent à mettre à jour.',
    );
    expect(
      expectation.compareDocumentPosition(
        required(page().querySelector('section')),
      ) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(page().textContent).toContain(
      'Sous-direction du pilotage de la performance (PF)',
    );
    const due = required(
      page().querySelector('section[aria-labelledby=a-faire]'),
    );
    expect(
      due.querySelector('h2')?.textContent?.replace(/\s+/g, ' ').trim(),
    ).toBe('À faire, les plus urgentes d’abord (4)');
    // Overdue, then late, then the furthest behind schedule.
    expect(
      Array.from(due.querySelectorAll('.fr-card__title a'), (link) => [
        link.textContent?.trim(),
        link.getAttribute('href'),
      ]),
    ).toEqual([
      ['Tarifer la psychiatrie', '/actions/8'],
      ['Réviser la T2A', '/actions/9'],
      ['Réformer le financement des urgences', '/actions/7'],
      ['Simplifier les MIG', '/actions/12'],
    ]);
    const first = required(due.querySelector('.fr-card'));
    expect(first.textContent).toContain('Action 2.1.4 · Axe 2');
    expect(first.textContent).toContain('Échéance : 30/09/2026');
    expect(first.textContent).toContain('Échéance dépassée');
    expect(first.textContent).toContain(
      '\u221210\u00a0points par rapport au calendrier',
    );
    expect(
      first.querySelector('[role=progressbar]')?.getAttribute('aria-valuenow'),
    ).toBe('40');
    expect(due.textContent).toContain('Sans échéance');

    const folded = required(
      page().querySelector<HTMLButtonElement>(
        'button[aria-controls=actions-terminees]',
      ),
    );
    expect(folded.textContent?.trim()).toBe('Terminées ou abandonnées (2)');
    expect(folded.getAttribute('aria-expanded')).toBe('false');
    const closed = required(
      page().querySelector<HTMLElement>('#actions-terminees'),
    );
    expect(closed.hidden).toBe(true);
    folded.click();
    await harness.fixture.whenStable();
    expect(folded.getAttribute('aria-expanded')).toBe('true');
    expect(closed.hidden).toBe(false);
    expect(
      Array.from(closed.querySelectorAll('.fr-card__title a'), (link) =>
        link.textContent?.trim(),
      ),
    ).toEqual(['Publier les tarifs', 'Fusionner deux dotations']);
    expect(await axeViolations(page())).toEqual([]);
  });

  it('says when no cycle is open', async () => {
    const { harness, page } = await open(USERS.pfManager);
    (await vi.waitFor(() => http.expectOne('/api/users/me/actions'))).flush(
      actions.map((action) => ({ ...action, signals: [] })),
    );
    (
      await vi.waitFor(() =>
        http.expectOne((request) => request.url === '/api/cycles'),
      )
    ).flush([cycle({ state: 'closed' })]);
    await harness.fixture.whenStable();

    expect(page().querySelector('#attendu-campagne')?.textContent?.trim()).toBe(
      'Aucune campagne de suivi n’est ouverte\u00a0: aucun point d’avancement n’est attendu pour l’instant.',
    );
    expect(page().querySelector('#cloture-campagne')).toBeNull();
  });

  it('says so when every action is up to date, or when there is none', async () => {
    const { harness, page } = await open(USERS.pfManager);
    (await vi.waitFor(() => http.expectOne('/api/users/me/actions'))).flush([]);
    await harness.fixture.whenStable();

    expect(page().textContent).toContain(
      'Aucune action n’est rattachée à votre sous-direction.',
    );
  });

  it('tells other roles that the page is for project managers, without asking the API', async () => {
    const { harness, page } = await open(USERS.viewer);
    await harness.fixture.whenStable();

    expect(page().textContent).toContain(
      'Cette page est destinée aux chef·fes de projet',
    );
    expect(
      page().querySelector('a[href="/tableau-de-bord"]')?.textContent?.trim(),
    ).toBe('Aller au tableau de bord');
    http.expectNone('/api/users/me/actions');
  });
});
