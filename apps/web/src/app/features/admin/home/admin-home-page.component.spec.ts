import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { axeViolations } from '../../../testing/axe';
import { DIRECTOR, aPlan, aPlanSummary } from '../testing/admin-fixtures';
import { openAdmin, type AdminView } from '../testing/admin-harness';

const PLANS = [
  aPlanSummary(),
  aPlanSummary({
    id: 2,
    title: 'Projet stratégique 2028-2030',
    startYear: 2028,
    endYear: 2030,
    state: 'draft',
    axisCount: 0,
    actionCount: 0,
    version: 1,
  }),
  aPlanSummary({
    id: 3,
    title: 'Projet stratégique 2015-2017',
    startYear: 2015,
    endYear: 2017,
    state: 'archived',
  }),
];

describe('AdminHomePageComponent', () => {
  let view: AdminView;

  afterEach(() => view.http.verify());

  async function open(): Promise<void> {
    view = await openAdmin('/administration');
    (await view.request('/api/plans')).flush(PLANS);
    await view.navigation;
    await view.stable();
  }

  /** Each row's cells; the last one, the buttons and links, as their names joined by " | ". */
  const rows = () =>
    Array.from(view.page().querySelectorAll('tbody tr'), (row) => {
      const cells = Array.from(row.querySelectorAll('th, td'));
      return cells.map((cell, index) =>
        index === cells.length - 1
          ? Array.from(cell.querySelectorAll('a, button'))
              .map((control) =>
                control.textContent?.replace(/\s+/g, ' ').trim(),
              )
              .join(' | ')
          : cell.textContent?.replace(/\s+/g, ' ').trim(),
      );
    });

  it('lists the plans with what can be done to each, and has no axe violation', async () => {
    await open();

    expect(view.page().querySelector('h1')?.textContent?.trim()).toBe(
      'Administration',
    );
    expect(rows()).toEqual([
      [
        'Projet stratégique 2025-2027',
        '2025-2027',
        'En cours',
        '2 axes, 3 actions',
        'Structure de « Projet stratégique 2025-2027 » | Campagnes de « Projet stratégique 2025-2027 » | Archiver « Projet stratégique 2025-2027 »',
      ],
      [
        'Projet stratégique 2028-2030',
        '2028-2030',
        'Brouillon',
        '0 axe, 0 action',
        'Structure de « Projet stratégique 2028-2030 » | Campagnes de « Projet stratégique 2028-2030 » | Activer « Projet stratégique 2028-2030 »',
      ],
      [
        'Projet stratégique 2015-2017',
        '2015-2017',
        'Archivé',
        '2 axes, 3 actions',
        'Structure de « Projet stratégique 2015-2017 » | Campagnes de « Projet stratégique 2015-2017 »',
      ],
    ]);
    expect(
      view
        .button('Structure de « Projet stratégique 2028-2030 »')
        .getAttribute('href'),
    ).toBe('/administration/plans/2/structure');
    expect(view.button('Gérer les utilisateurs').getAttribute('href')).toBe(
      '/administration/utilisateurs',
    );
    expect(view.button('Consulter le journal').getAttribute('href')).toBe(
      '/administration/journal',
    );
    expect(await axeViolations(view.page())).toEqual([]);
  });

  it('creates a plan in draft after checking it, then opens its structure', async () => {
    await open();
    view.button('Créer un projet stratégique').click();
    await view.stable();

    expect(view.dialog().getAttribute('aria-labelledby')).toBe(
      view.dialog().querySelector('h2')?.id,
    );
    expect(document.activeElement).toBe(view.dialog().querySelector('h2'));
    expect(await axeViolations(view.page())).toEqual([]);

    view.type('#projet-annee-debut', '2028');
    view.type('#projet-annee-fin', '2027');
    view.button('Créer le projet').click();
    await view.stable();
    expect(view.errorOf('#projet-titre')).toEqual({
      inError: true,
      message: 'Indiquez le titre du projet stratégique.',
    });
    expect(view.errorOf('#projet-annee-fin').message).toBe(
      'L’année de fin ne peut pas précéder l’année de début.',
    );
    expect(document.activeElement).toBe(view.field('#projet-titre'));
    view.http.expectNone('/api/plans', 'POST');

    view.type('#projet-titre', '  Projet stratégique 2028-2030 ');
    view.type('#projet-description', 'La suite.');
    view.type('#projet-annee-fin', '2030');
    view.button('Créer le projet').click();
    const post = await view.request('/api/plans', 'POST');
    expect(post.request.body).toEqual({
      title: 'Projet stratégique 2028-2030',
      description: 'La suite.',
      startYear: 2028,
      endYear: 2030,
    });
    post.flush(
      aPlan({
        id: 4,
        title: 'Projet stratégique 2028-2030',
        state: 'draft',
        axes: [],
      }),
    );
    await view.stable();

    expect(TestBed.inject(Router).url).toBe(
      '/administration/plans/4/structure',
    );
    // The structure page asks for the new plan (its own spec answers).
    (await view.request('/api/plans/4')).flush(aPlan({ id: 4, axes: [] }));
    view.http.match(() => true).forEach((request) => request.flush([]));
  });

  it('shows the API’s field messages when it refuses the plan', async () => {
    await open();
    view.button('Créer un projet stratégique').click();
    await view.stable();
    view.type('#projet-titre', 'Doublon');
    view.type('#projet-annee-debut', '2028');
    view.type('#projet-annee-fin', '2030');
    view.button('Créer le projet').click();
    (await view.request('/api/plans', 'POST')).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Le projet est invalide.',
        fields: { title: 'Un projet porte déjà ce titre.' },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await view.stable();

    expect(view.errorOf('#projet-titre').message).toBe(
      'Un projet porte déjà ce titre.',
    );
    expect(document.activeElement).toBe(view.field('#projet-titre'));
    expect(
      view.dialog().querySelector('[role=alert]')?.textContent?.trim(),
    ).toBe('Le projet est invalide.');
  });

  it('archives a plan once confirmed, saying that it becomes read only', async () => {
    await open();
    const archive = view.button('Archiver « Projet stratégique 2025-2027 »');
    archive.focus();
    archive.click();
    await view.stable();

    expect(view.dialog().querySelector('h2')?.textContent?.trim()).toBe(
      'Archiver « Projet stratégique 2025-2027 » ?',
    );
    expect(view.dialogText()).toContain(
      'Un projet archivé devient consultable seulement',
    );
    view.button('Archiver le projet').click();
    const patch = await view.request('/api/plans/1', 'PATCH');
    expect(patch.request.body).toEqual({ state: 'archived', version: 4 });
    patch.flush(aPlan({ state: 'archived', version: 5 }));
    (await view.request('/api/plans')).flush([
      aPlanSummary({ state: 'archived', version: 5 }),
      ...PLANS.slice(1),
    ]);
    await view.stable();

    expect(document.querySelector('dialog')).toBeNull();
    expect(view.text()).toContain(
      'Le projet « Projet stratégique 2025-2027 » est archivé : il ne se modifie plus.',
    );
    expect(rows()[0][2]).toBe('Archivé');
    expect(document.activeElement?.id).toBe('projet-1-titre');
  });

  it('keeps the confirmation open with the API’s reason when it refuses to activate', async () => {
    await open();
    view.button('Activer « Projet stratégique 2028-2030 »').click();
    await view.stable();
    expect(view.dialogText()).toContain(
      'Il ne pourra pas revenir en brouillon.',
    );

    view.button('Activer le projet').click();
    const patch = await view.request('/api/plans/2', 'PATCH');
    expect(patch.request.body).toEqual({ state: 'active', version: 1 });
    patch.flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'Un projet sans axe ne peut pas être activé.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    (await view.request('/api/plans')).flush(PLANS);
    await view.stable();

    expect(
      view.dialog().querySelector('[role=alert]')?.textContent?.trim(),
    ).toBe('Un projet sans axe ne peut pas être activé.');
  });

  it('turns away who is not an administrator, without asking the API for plans', async () => {
    view = await openAdmin('/administration', DIRECTOR);
    await view.navigation;
    await view.stable();

    expect(TestBed.inject(Router).url).toBe('/administration/acces-reserve');
    expect(view.page().querySelector('h1')?.textContent?.trim()).toBe(
      'Accès réservé',
    );
    expect(view.text()).toContain(
      'La gestion du plan, des campagnes et des imports est réservée à l’administration.',
    );
    view.http.expectNone('/api/plans');
  });
});
