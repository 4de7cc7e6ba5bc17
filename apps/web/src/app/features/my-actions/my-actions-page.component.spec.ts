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
  item({ id: 7, code: '2.1.3', signals: ['stale', 'schedule_gap'] }),
  item({
    id: 8,
    code: '2.1.4',
    title: 'Tarifer la psychiatrie',
    signals: ['stale'],
  }),
  item({
    id: 9,
    code: '2.2.1',
    title: 'Réviser la T2A',
    signals: [],
    dueDate: null,
    // Updated in the open cycle.
    lastUpdateAt: '2026-11-20T09:00:00Z',
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

  it('lists the actions to update for the open cycle first, then the others, with counts', async () => {
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
    // What the open cycle still expects, said before the list that marks those actions.
    const expectation = required(page().querySelector('#attendu-campagne'));
    expect(expectation.textContent?.trim()).toBe(
      'Campagne T4 2026 (jusqu’au 11/12/2026)\u00a0: 2 actions sur 3 restent à mettre à jour.',
    );
    expect(
      expectation.compareDocumentPosition(
        required(page().querySelector('section')),
      ) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(page().textContent).toContain(
      'Sous-direction du pilotage de la performance (PF)',
    );
    const sections = Array.from(
      page().querySelectorAll('section'),
      (section) => ({
        heading: section
          .querySelector('h2')
          ?.textContent?.replace(/\s+/g, ' ')
          .trim(),
        links: Array.from(
          section.querySelectorAll('.fr-card__title a'),
          (link) => [link.textContent?.trim(), link.getAttribute('href')],
        ),
      }),
    );
    expect(sections).toEqual([
      {
        heading: 'À mettre à jour pour la campagne en cours (2)',
        links: [
          ['Réformer le financement des urgences', '/actions/7'],
          ['Tarifer la psychiatrie', '/actions/8'],
        ],
      },
      {
        heading: 'Autres actions (1)',
        links: [['Réviser la T2A', '/actions/9']],
      },
    ]);
    const first = required(page().querySelector('.fr-card'));
    expect(first.textContent).toContain('Action 2.1.3 · Axe 2');
    expect(first.textContent).toContain('Échéance : 30/06/2027');
    expect(first.textContent).toContain('Retard sur le calendrier');
    expect(
      first.querySelector('[role=progressbar]')?.getAttribute('aria-valuenow'),
    ).toBe('40');
    expect(page().textContent).toContain('Sans échéance');
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
    expect(page().querySelector('a[href="/"]')?.textContent?.trim()).toBe(
      'Aller au tableau de bord',
    );
    http.expectNone('/api/users/me/actions');
  });
});
