import { axeViolations } from '../../../testing/axe';
import type { AdminCycle, AdminPlan } from '../admin-types';
import { CYCLES, aCycle, aPlan } from '../testing/admin-fixtures';
import { openAdmin, type AdminView } from '../testing/admin-harness';

describe('CyclesPageComponent', () => {
  let view: AdminView;

  afterEach(() => view.http.verify());

  async function answer(
    plan: AdminPlan = aPlan(),
    cycles: AdminCycle[] = CYCLES,
  ) {
    (await view.request('/api/plans/1')).flush(plan);
    const list = await view.request('/api/cycles');
    expect(list.request.params.get('plan')).toBe('1');
    list.flush(cycles);
    await view.stable();
  }

  async function open(plan?: AdminPlan): Promise<void> {
    view = await openAdmin('/administration/plans/1/campagnes');
    await view.navigation;
    await answer(plan);
  }

  const rows = () =>
    Array.from(view.page().querySelectorAll('tbody tr'), (row) =>
      Array.from(row.querySelectorAll('th, td'), (cell) =>
        cell.textContent?.replace(/\s+/g, ' ').trim(),
      ),
    );

  it('lists the cycles with their dates and states, and has no axe violation', async () => {
    await open();

    expect(view.page().querySelector('h1')?.textContent?.trim()).toBe(
      'Campagnes de suivi de « Projet stratégique 2025-2027 »',
    );
    expect(rows()).toEqual([
      [
        'T3 2026',
        '01/09/2026',
        '30/09/2026',
        'Clôturée',
        'Clôturée : ne se modifie plus',
      ],
      [
        'T4 2026',
        '16/11/2026',
        '11/12/2026',
        'Ouverte',
        'Modifier « T4 2026 » Clôturer « T4 2026 »',
      ],
      [
        'T1 2027',
        '15/02/2027',
        '15/03/2027',
        'Programmée',
        'Modifier « T1 2027 » Ouvrir « T1 2027 »',
      ],
    ]);
    // Each cycle's label leads to its page (completeness, reminders, validation).
    expect(view.button('T4 2026').getAttribute('href')).toBe('/campagnes/9');
    expect(await axeViolations(view.page())).toEqual([]);
  });

  it('creates a cycle after checking its dates', async () => {
    await open();
    view.button('Créer une campagne').click();
    await view.stable();

    view.type('#campagne-libelle', ' T2 2027 ');
    view.type('#campagne-ouverture', '2027-05-15');
    view.type('#campagne-cloture', '2027-05-01');
    view.button('Créer la campagne').click();
    await view.stable();
    expect(view.errorOf('#campagne-cloture')).toEqual({
      inError: true,
      message: 'La date de clôture ne peut pas précéder la date d’ouverture.',
    });
    expect(document.activeElement).toBe(view.field('#campagne-cloture'));
    view.http.expectNone('/api/cycles', 'POST');

    view.type('#campagne-cloture', '2027-06-12');
    view.button('Créer la campagne').click();
    const post = await view.request('/api/cycles', 'POST');
    expect(post.request.body).toEqual({
      planId: 1,
      label: 'T2 2027',
      opensOn: '2027-05-15',
      closesOn: '2027-06-12',
    });
    post.flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'La campagne est invalide.',
        fields: { opensOn: 'Cette période chevauche la campagne « T1 2027 ».' },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await view.stable();
    expect(view.errorOf('#campagne-ouverture').message).toBe(
      'Cette période chevauche la campagne « T1 2027 ».',
    );
    expect(document.activeElement).toBe(view.field('#campagne-ouverture'));

    view.type('#campagne-ouverture', '2027-05-16');
    view.button('Créer la campagne').click();
    const second = await view.request('/api/cycles', 'POST');
    const created = aCycle({
      id: 11,
      label: 'T2 2027',
      opensOn: '2027-05-16',
      closesOn: '2027-06-12',
      state: 'planned',
      version: 1,
    });
    second.flush(created);
    await answer(aPlan(), [...CYCLES, created]);

    expect(document.querySelector('dialog')).toBeNull();
    expect(view.text()).toContain(
      'La campagne « T2 2027 » a été créée ; ouvrez-la quand elle commence.',
    );
    expect(document.activeElement?.id).toBe('campagne-11');
  });

  it('opens a planned cycle, and shows the API’s reason when another one is open', async () => {
    await open();
    view.button('Ouvrir « T1 2027 »').click();
    const patch = await view.request('/api/cycles/10', 'PATCH');
    expect(patch.request.body).toEqual({ state: 'open', version: 1 });
    patch.flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message:
          'La campagne « T4 2026 » est déjà ouverte : clôturez-la d’abord.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await answer();

    expect(view.page().querySelector('[role=alert]')?.textContent?.trim()).toBe(
      'La campagne « T4 2026 » est déjà ouverte : clôturez-la d’abord.',
    );
  });

  it('closes the open cycle once confirmed', async () => {
    await open();
    view.button('Clôturer « T4 2026 »').click();
    await view.stable();

    expect(view.dialog().querySelector('h2')?.textContent?.trim()).toBe(
      'Clôturer la campagne « T4 2026 » ?',
    );
    expect(view.dialogText()).toContain('Cette clôture est définitive.');
    view.button('Clôturer la campagne').click();
    const patch = await view.request('/api/cycles/9', 'PATCH');
    expect(patch.request.body).toEqual({ state: 'closed', version: 2 });
    patch.flush({ ...CYCLES[1], state: 'closed', version: 3 });
    await answer(aPlan(), [
      CYCLES[0],
      { ...CYCLES[1], state: 'closed', version: 3 },
      CYCLES[2],
    ]);

    expect(document.querySelector('dialog')).toBeNull();
    expect(view.text()).toContain('La campagne « T4 2026 » est clôturée.');
    expect(rows()[1][3]).toBe('Clôturée');
    expect(document.activeElement?.id).toBe('campagne-9');
  });

  it('edits the label and dates of a cycle that is not closed', async () => {
    await open();
    view.button('Modifier « T1 2027 »').click();
    await view.stable();

    expect(view.field('#campagne-libelle').value).toBe('T1 2027');
    view.type('#campagne-cloture', '2027-03-20');
    view.button('Enregistrer la campagne').click();
    const patch = await view.request('/api/cycles/10', 'PATCH');
    expect(patch.request.body).toEqual({
      label: 'T1 2027',
      opensOn: '2027-02-15',
      closesOn: '2027-03-20',
      version: 1,
    });
    patch.flush({ ...CYCLES[2], closesOn: '2027-03-20', version: 2 });
    await answer();
    expect(view.text()).toContain('La campagne « T1 2027 » a été enregistrée.');
  });

  it('shows an archived plan’s cycles read only, with a notice', async () => {
    await open(aPlan({ state: 'archived' }));

    expect(view.text()).toContain(
      'Ce projet est archivé : ses campagnes se consultent mais ne se modifient plus.',
    );
    expect(view.hasButton('Créer une campagne')).toBe(false);
    expect(view.page().querySelectorAll('tbody button')).toHaveLength(0);
    expect(rows()[1]).toEqual([
      'T4 2026',
      '16/11/2026',
      '11/12/2026',
      'Ouverte',
    ]);
  });
});
