import { axeViolations } from '../../../testing/axe';
import {
  ACTIONS,
  INDICATORS,
  aPlan,
  anAction,
  anAxis,
  anIndicator,
} from '../testing/admin-fixtures';
import type { AdminView } from '../testing/admin-harness';
import {
  aPerson,
  answerStructure,
  openStructure,
  usersRequest,
} from '../testing/structure-view';

describe('Structure forms', { timeout: 20000 }, () => {
  let view: AdminView;

  afterEach(() => view.http.verify());

  it('adds an action: the owners of the unit chosen, the checks, the exact body, the focus on it', async () => {
    view = await openStructure();
    view.button('Objectif 1.1 – Décliner le Pacte d’accès aux soins').click();
    await view.stable();
    view.button('Ajouter une action à l’objectif 1.1').click();
    await view.stable();

    expect(view.dialog().querySelector('h2')?.textContent?.trim()).toBe(
      'Ajouter une action',
    );
    expect(view.field<HTMLSelectElement>('#action-responsable').disabled).toBe(
      true,
    );
    view.choose('#action-sous-direction', 'PF');
    const managers = await usersRequest(view, 'project_manager');
    expect(managers.request.params.get('unit')).toBe('PF');
    expect(managers.request.params.get('active')).toBe('true');
    managers.flush([aPerson(7, 'Paula Performance', 'project_manager')]);
    (await usersRequest(view, 'director')).flush([
      aPerson(2, 'Denis Direction', 'director'),
    ]);
    (await usersRequest(view, 'admin')).flush([
      aPerson(1, 'Alice Admin', 'admin'),
    ]);
    await view.stable();
    expect(
      Array.from(
        view.field<HTMLSelectElement>('#action-responsable').options,
        (o) => o.textContent?.trim(),
      ),
    ).toEqual([
      'Aucun responsable pour l’instant',
      'Paula Performance (chef·fe de projet PF)',
      'Denis Direction (direction)',
      'Alice Admin (administration)',
    ]);
    expect(await axeViolations(view.page())).toEqual([]);

    view.type('#action-titre', 'Financer les centres de soins non programmés');
    view.type('#action-debut', '2026-01-01');
    view.type('#action-echeance', '2025-12-31');
    view.type('#action-poids', '0');
    view.button('Ajouter l’action').click();
    await view.stable();
    expect(view.errorOf('#action-echeance')).toEqual({
      inError: true,
      message: 'L’échéance ne peut pas précéder la date de début.',
    });
    expect(view.errorOf('#action-poids').message).toBe(
      'Le poids est compris entre 0 (exclu) et 100.',
    );
    expect(document.activeElement).toBe(view.field('#action-echeance'));
    view.http.expectNone('/api/actions', 'POST');

    view.type('#action-echeance', '2026-12-31');
    view.type('#action-poids', '2.5');
    view.choose('#action-responsable', '7');
    view.check('#action-regionale');
    view.button('Ajouter l’action').click();
    const post = await view.request('/api/actions', 'POST');
    expect(post.request.body).toEqual({
      objectiveId: 21,
      title: 'Financer les centres de soins non programmés',
      description: null,
      unitCode: 'PF',
      ownerId: 7,
      startDate: '2026-01-01',
      dueDate: '2026-12-31',
      weight: 2.5,
      regional: true,
    });
    const created = anAction({
      id: 34,
      code: '1.1.3',
      title: 'Financer les centres de soins non programmés',
      position: 2,
    });
    post.flush(created);
    await answerStructure(view, aPlan(), [...ACTIONS, created]);

    expect(document.querySelector('dialog')).toBeNull();
    expect(view.text()).toContain(
      'L’action « 1.1.3 – Financer les centres de soins non programmés » a été ajoutée.',
    );
    expect(document.activeElement?.textContent?.trim()).toBe(
      'Action 1.1.3 – Financer les centres de soins non programmés',
    );
  });

  it('shows the API’s refusal of an edit (regional turned off with history) in the form', async () => {
    view = await openStructure();
    view.button('Objectif 2.1 – Un financement clair').click();
    await view.stable();
    view.button('Modifier l’action 2.1.1').click();
    (await usersRequest(view, 'project_manager')).flush([]);
    (await usersRequest(view, 'director')).flush([]);
    (await usersRequest(view, 'admin')).flush([]);
    await view.stable();

    expect(view.field('#action-code').value).toBe('2.1.1');
    expect(view.field('#action-poids').value).toBe('2.5');
    expect(view.field('#action-regionale').checked).toBe(true);
    view.check('#action-regionale');
    view.button('Enregistrer l’action').click();
    const patch = await view.request('/api/actions/33', 'PATCH');
    expect(patch.request.body).toEqual({
      code: '2.1.1',
      title: 'Réformer le financement',
      description: null,
      unitCode: 'PF',
      ownerId: null,
      startDate: '2025-01-01',
      dueDate: '2026-12-31',
      weight: 2.5,
      regional: false,
      version: 6,
    });
    patch.flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message:
          'Des déploiements régionaux ont déjà un historique : l’action reste régionale.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await view.stable();

    expect(
      view.dialog().querySelector('[role=alert]')?.textContent?.trim(),
    ).toBe(
      'Des déploiements régionaux ont déjà un historique : l’action reste régionale.',
    );
  });

  it('edits an axis; after a conflict it shows both versions and saves over the newer one', async () => {
    view = await openStructure();
    view.button('Modifier l’axe 1').click();
    (await usersRequest(view, 'director')).flush([
      aPerson(2, 'Denis Direction', 'director'),
      aPerson(3, 'Carla Codir', 'director'),
    ]);
    await view.stable();

    expect(view.field('#axe-titre').value).toBe('Garantir l’accès aux soins');
    expect(view.field<HTMLSelectElement>('#axe-sponsor').value).toBe('2');
    view.type('#axe-titre', 'Garantir l’accès aux soins partout');
    view.choose('#axe-sponsor', '3');
    view.button('Enregistrer l’axe').click();
    const first = await view.request('/api/axes/11', 'PATCH');
    expect(first.request.body).toEqual({
      number: 1,
      title: 'Garantir l’accès aux soins partout',
      description:
        'Des parcours et le bon professionnel sur tous les territoires.',
      sponsorId: 3,
      version: 3,
    });
    first.flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'Cet axe a été modifié entre-temps.',
        current: anAxis({
          title: 'Garantir l’accès aux soins sur tout le territoire',
          version: 4,
        }),
      },
      { status: 409, statusText: 'Conflict' },
    );
    await view.stable();

    expect(view.dialogText()).toContain('Cet axe a été modifié entre-temps');
    expect(view.dialogText()).toContain(
      'Titre : Garantir l’accès aux soins sur tout le territoire',
    );
    expect(view.dialogText()).toContain(
      'Titre : Garantir l’accès aux soins partout',
    );
    expect(view.dialogText()).toContain('Sponsor : Carla Codir');
    view.button('Reprendre la version à jour').click();
    await view.stable();
    expect(view.field('#axe-titre').value).toBe(
      'Garantir l’accès aux soins sur tout le territoire',
    );
    expect(document.activeElement).toBe(view.field('#axe-numero'));

    view.button('Enregistrer l’axe').click();
    const second = await view.request('/api/axes/11', 'PATCH');
    expect(second.request.body).toMatchObject({ version: 4, sponsorId: 2 });
    second.flush(anAxis({ version: 5 }));
    await answerStructure(view);
    expect(view.text()).toContain(
      'L’axe « Garantir l’accès aux soins » a été enregistré.',
    );
  });

  it('adds an indicator to an action, with intermediate targets strictly between its dates', async () => {
    view = await openStructure();
    view.button('Objectif 1.1 – Décliner le Pacte d’accès aux soins').click();
    await view.stable();
    view.button('Ajouter un indicateur à l’action 1.1.1').click();
    await view.stable();

    expect(
      view.field<HTMLSelectElement>('#indicateur-rattachement').value,
    ).toBe('action:31');
    view.type('#indicateur-nom', 'Maisons de santé labellisées');
    view.type('#indicateur-unite', 'maisons');
    view.type('#indicateur-valeur-reference', '12');
    view.type('#indicateur-date-reference', '2025-01-01');
    view.type('#indicateur-valeur-cible', '40.5');
    view.type('#indicateur-date-cible', '2027-12-31');
    view.button('Ajouter une cible intermédiaire').click();
    await view.stable();
    const rowDate = document.activeElement as HTMLInputElement;
    expect(rowDate.id).toMatch(/^indicateur-cible-\d+-date$/);
    view.type(`#${rowDate.id}`, '2024-12-31');
    view.type(`#${rowDate.id.replace('-date', '-valeur')}`, '20');
    view.check('#indicateur-periodicite-year');
    view.button('Ajouter l’indicateur').click();
    await view.stable();

    expect(view.errorOf(`#${rowDate.id}`).message).toBe(
      'La date doit être strictement comprise entre la date de référence et la date cible.',
    );
    expect(view.dialogText()).toContain(
      'Une cible intermédiaire est à corriger.',
    );
    expect(document.activeElement).toBe(rowDate);
    view.http.expectNone('/api/indicators', 'POST');
    expect(await axeViolations(view.page())).toEqual([]);

    view.type(`#${rowDate.id}`, '2026-12-31');
    view.button('Ajouter l’indicateur').click();
    const post = await view.request('/api/indicators', 'POST');
    expect(post.request.body).toEqual({
      planId: 1,
      attachedTo: { kind: 'action', id: 31 },
      name: 'Maisons de santé labellisées',
      unit: 'maisons',
      baselineValue: 12,
      baselineDate: '2025-01-01',
      targetValue: 40.5,
      targetDate: '2027-12-31',
      intermediateTargets: [{ date: '2026-12-31', value: 20 }],
      periodicity: 'year',
      regional: false,
      source: null,
      definition: null,
    });
    const created = anIndicator({
      id: 43,
      name: 'Maisons de santé labellisées',
      attachedTo: {
        kind: 'action',
        id: 31,
        label: 'Action 1.1.1',
        title: 'Ouvrir',
      },
    });
    post.flush(created);
    await answerStructure(view, aPlan(), ACTIONS, [...INDICATORS, created]);

    expect(view.text()).toContain(
      'L’indicateur « Maisons de santé labellisées » a été ajouté.',
    );
    expect(document.activeElement?.textContent?.trim()).toBe(
      'Maisons de santé labellisées',
    );
  });

  it('edits an indicator; the API’s message about one of its targets shows on the targets', async () => {
    view = await openStructure();
    view.button('Objectif 1.1 – Décliner le Pacte d’accès aux soins').click();
    await view.stable();
    view.button('Modifier l’indicateur « Maisons de santé ouvertes »').click();
    await view.stable();

    expect(
      view.field<HTMLSelectElement>('#indicateur-rattachement').value,
    ).toBe('objective:21');
    expect(view.field('#indicateur-periodicite-quarter').checked).toBe(true);
    view.type('#indicateur-valeur-cible', '260');
    view.button('Enregistrer l’indicateur').click();
    const patch = await view.request('/api/indicators/41', 'PATCH');
    expect(patch.request.body).toEqual({
      attachedTo: { kind: 'objective', id: 21 },
      name: 'Maisons de santé ouvertes',
      unit: 'maisons',
      baselineValue: 100,
      baselineDate: '2025-01-01',
      targetValue: 260,
      targetDate: '2027-12-31',
      intermediateTargets: [{ date: '2026-12-31', value: 180 }],
      periodicity: 'quarter',
      regional: true,
      source: 'DGOS',
      definition: null,
      version: 2,
    });
    patch.flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'La valeur est hors des limites admises.',
        fields: {
          'intermediateTargets.0.value':
            'La valeur est hors des limites admises.',
        },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await view.stable();

    const group = view.field<HTMLFieldSetElement>(
      '#indicateur-cibles-intermediaires',
    );
    expect(group.classList.contains('fr-fieldset--error')).toBe(true);
    expect(view.field('#indicateur-cibles-messages').textContent?.trim()).toBe(
      'La valeur est hors des limites admises.',
    );
  });
});
