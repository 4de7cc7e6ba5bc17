import { ACTIONS, INDICATORS, aPlan } from '../testing/admin-fixtures';
import type { AdminView } from '../testing/admin-harness';
import { answerStructure, openStructure } from '../testing/structure-view';

describe('Deleting from the structure', () => {
  let view: AdminView;

  afterEach(() => view.http.verify());

  it('asks before deleting, and shows in the dialog why the API refuses', async () => {
    view = await openStructure();
    view.button('Objectif 1.1 – Décliner le Pacte d’accès aux soins').click();
    await view.stable();
    const remove = view.button('Supprimer l’action 1.1.1');
    remove.focus();
    remove.click();
    await view.stable();

    expect(view.dialog().querySelector('h2')?.textContent?.trim()).toBe(
      'Supprimer l’action 1.1.1 ?',
    );
    expect(view.dialogText()).toContain(
      'Seul ce qui n’a encore aucun historique (point d’avancement, mesure, commentaire, déploiement) peut être supprimé',
    );
    view.button('Supprimer').click();
    const deletion = await view.request('/api/actions/31', 'DELETE');
    // The version seen, as for an edit.
    expect(deletion.request.headers.get('If-Match')).toBe('"6"');
    deletion.flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message:
          'Cette action a déjà des points d’avancement : abandonnez-la plutôt que de la supprimer.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await view.stable();

    expect(
      view.dialog().querySelector('[role=alert]')?.textContent?.trim(),
    ).toBe(
      'Cette action a déjà des points d’avancement : abandonnez-la plutôt que de la supprimer.',
    );
    view.button('Annuler').click();
    await view.stable();
    expect(document.querySelector('dialog')).toBeNull();
    expect(document.activeElement).toBe(
      view.button('Supprimer l’action 1.1.1'),
    );
  });

  it('deletes an indicator once confirmed, then puts the focus on its node', async () => {
    view = await openStructure();
    view.button('Objectif 1.1 – Décliner le Pacte d’accès aux soins').click();
    await view.stable();
    view.button('Supprimer l’indicateur « Maisons de santé ouvertes »').click();
    await view.stable();
    view.button('Supprimer').click();
    const deletion = await view.request('/api/indicators/41', 'DELETE');
    expect(deletion.request.headers.get('If-Match')).toBe('"2"');
    deletion.flush(null, {
      status: 204,
      statusText: 'No Content',
    });
    await answerStructure(view, aPlan(), ACTIONS, INDICATORS.slice(1));

    expect(view.text()).toContain(
      'L’indicateur « Maisons de santé ouvertes » a été supprimé.',
    );
    expect(view.text()).not.toContain('Indicateur : Maisons de santé ouvertes');
    expect(document.activeElement).toBe(
      view.button('Objectif 1.1 – Décliner le Pacte d’accès aux soins'),
    );
  });

  it('reloads the tree when the record to delete changed meanwhile', async () => {
    view = await openStructure();
    view.button('Supprimer l’axe 2').click();
    await view.stable();
    view.button('Supprimer').click();
    const deletion = await view.request('/api/axes/12', 'DELETE');
    expect(deletion.request.headers.get('If-Match')).toBe('"1"');
    deletion.flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'Cet axe a été modifié entre-temps.',
        current: aPlan().axes[1],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await answerStructure(view);

    expect(document.querySelector('dialog')).toBeNull();
    expect(view.page().querySelector('[role=alert]')?.textContent?.trim()).toBe(
      'Cet élément a été modifié entre-temps par quelqu’un d’autre : la structure affichée est maintenant à jour. Recommencez si besoin.',
    );
  });
});
