import type { ActionDeployments } from '@boussole/domain';
import {
  openActionPage,
  type ActionPage,
} from '../testing/action-page-harness';
import {
  LIAISONS,
  aDeployment,
  aRegionalAction,
  theDeployments,
} from '../testing/deployment-fixtures';

const BRETAGNE_URL = '/api/actions/7/regions/53';

describe('DeploymentFormComponent, on the action page', () => {
  let view: ActionPage;

  afterEach(() => view.http.verify());

  const grid = () =>
    view.page().querySelector<HTMLTableElement>('bsl-regions-grid table');
  /** The page of a regional action, signed in as the Bretagne liaison: the form is Bretagne's. */
  const open = async () =>
    (view = await openActionPage(LIAISONS.bretagne, aRegionalAction()));
  const submitDeployment = async () => {
    view.button('Enregistrer le déploiement').click();
    await view.stable();
  };
  const messageOf = (id: string) =>
    view.page().querySelector(`#${id}-messages`)?.textContent?.trim();

  it('checks the form in French before calling the API', async () => {
    await open();
    view.field('#deploiement-meteo-done').click();
    await submitDeployment();
    expect(messageOf('deploiement-avancement')).toBe(
      'Un déploiement terminé est avancé à 100\u00a0%.',
    );
    expect(document.activeElement?.id).toBe('deploiement-avancement');

    view.field('#deploiement-meteo-late').click();
    view.type('#deploiement-avancement', '12,5');
    view.type('#deploiement-narratif', '  ');
    await view.stable();
    expect(messageOf('deploiement-avancement')).toBe(
      'L’avancement doit être un nombre entier entre 0 et 100.',
    );
    expect(messageOf('deploiement-narratif')).toBe(
      'Expliquez pourquoi la météo se dégrade.',
    );
    view.http.expectNone(BRETAGNE_URL);
  });

  it('saves the deployment, says so and refreshes the grid', async () => {
    await open();
    view.type('#deploiement-avancement', '64');
    await submitDeployment();
    const patch = view.http.expectOne(BRETAGNE_URL);
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({
      status: 'on_track',
      progress: 64,
      narrative: 'Quatre CPTS signées.\nDeux autres en cours.',
      version: 3,
    });
    const saved = {
      ...theDeployments().deployments[12],
      progress: 64,
      version: 4,
    };
    patch.flush(saved);
    const refreshed: ActionDeployments = theDeployments();
    refreshed.deployments[12] = saved;
    (await view.request('/api/actions/7/regions')).flush(refreshed);
    await view.stable();

    expect(view.text()).toContain('Déploiement enregistré.');
    // Beside the button, with the focus.
    expect(document.activeElement?.textContent?.trim()).toBe(
      'Déploiement enregistré.',
    );
    expect(
      view.button('Enregistrer le déploiement').nextElementSibling?.tagName,
    ).toBe('BSL-SAVE-NOTICE');
    expect(grid()?.querySelector('tbody tr')?.textContent).toContain(
      '64\u00a0%',
    );
    expect(view.field('#deploiement-avancement').value).toBe('64');
  });

  it('shows the API’s field errors and refusals', async () => {
    await open();
    await submitDeployment();
    view.http.expectOne(BRETAGNE_URL).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Le commentaire de déploiement est limité à 5 000 caractères.',
        fields: {
          narrative:
            'Le commentaire de déploiement est limité à 5 000 caractères.',
        },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await view.stable();
    expect(messageOf('deploiement-narratif')).toBe(
      'Le commentaire de déploiement est limité à 5 000 caractères.',
    );
    expect(view.page().querySelector('[role=alert]')?.textContent).toContain(
      'limité à 5 000 caractères',
    );
  });

  it('says when someone else changed the deployment, and reloads its current values', async () => {
    await open();
    view.type('#deploiement-avancement', '70');
    await submitDeployment();
    const current = aDeployment({
      progress: 66,
      version: 4,
      narrative: 'Cinq CPTS signées.',
      updatedBy: { id: 3, name: 'Paul Martin' },
      updatedAt: '2026-11-24T13:05:00Z',
    });
    view.http.expectOne(BRETAGNE_URL).flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message:
          'Ce déploiement a été modifié entre-temps (version 4, vous aviez la version 3).',
        current,
      },
      { status: 409, statusText: 'Conflict' },
    );
    await view.stable();
    const alert = view.page().querySelector('bsl-deployment-conflict');
    expect(alert?.textContent).toContain(
      'Ce déploiement a été modifié entre-temps',
    );
    expect(alert?.textContent).toContain(
      'Paul Martin l’a mis à jour le 24/11/2026 à 14:05.',
    );
    expect(alert?.textContent).toContain('66\u00a0%');
    expect(alert?.textContent).toContain('70\u00a0%');
    expect(document.activeElement?.id).toBe('deploiement-conflit-titre');

    view.button('Recharger le déploiement').click();
    const refreshed = theDeployments();
    refreshed.deployments[12] = current;
    (await view.request('/api/actions/7/regions')).flush(refreshed);
    await view.stable();
    expect(view.page().querySelector('bsl-deployment-conflict')).toBeNull();
    expect(view.field('#deploiement-avancement').value).toBe('66');
    expect(view.field('#deploiement-narratif').value).toBe(
      'Cinq CPTS signées.',
    );
    expect(view.text()).toContain(
      'Les valeurs à jour du déploiement sont affichées',
    );
  });
});
