import { axeViolations } from '../../../testing/axe';
import { ACTIONS, aPlan, anAction, anAxis } from '../testing/admin-fixtures';
import type { AdminView } from '../testing/admin-harness';
import {
  aPerson,
  answerStructure,
  openStructure,
  usersRequest,
} from '../testing/structure-view';

describe('Structure forms', () => {
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
});
