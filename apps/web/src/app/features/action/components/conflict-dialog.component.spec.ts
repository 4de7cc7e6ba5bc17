import type { ActionDetail, StatusUpdatePayload } from '@boussole/domain';
import { required } from '../../../testing/query';
import { anAction, latestUpdate, USERS } from '../testing/action-fixtures';
import {
  openActionPage,
  type ActionPage,
} from '../testing/action-page-harness';

const UPDATES_URL = '/api/actions/7/updates';

/** What someone else saved meanwhile: "À surveiller", 50 %, version 5. */
const theirUpdate: StatusUpdatePayload = {
  ...latestUpdate,
  id: 60,
  status: 'at_risk',
  progress: 50,
  narrative: 'Signature du marché reportée.',
  author: { id: 2, name: 'Claire Direction' },
  createdAt: '2026-11-20T09:00:00Z',
};
const current: ActionDetail = anAction({
  status: 'at_risk',
  effectiveStatus: 'at_risk',
  progress: 50,
  version: 5,
  lastUpdateAt: theirUpdate.createdAt,
  latestUpdate: theirUpdate,
});

describe('ConflictDialogComponent (a 409 on a stale version)', () => {
  let view: ActionPage;
  const dialog = () => view.page().querySelector('dialog');

  /** Types an update ("En retard", 30 %, a narrative) and gets the API's 409 with `current`. */
  async function collide(): Promise<void> {
    view = await openActionPage(USERS.pfManager);
    view.choose('late');
    view.type('#avancement', '30');
    view.type('#point-avancement', 'Le prestataire a fait défaut.');
    await view.stable();
    view.button('Enregistrer le point d’avancement').click();
    (await view.request(UPDATES_URL)).flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'L’action a été modifiée entre-temps.',
        current,
      },
      { status: 409, statusText: 'Conflict' },
    );
    await view.stable();
  }

  afterEach(() => view.http.verify());

  it('opens an accessible dialog comparing their version with the values typed', async () => {
    await collide();

    const element = required(dialog(), 'dialog');
    expect(element.hasAttribute('open')).toBe(true);
    expect(element.getAttribute('role')).toBe('dialog');
    expect(element.getAttribute('aria-modal')).toBe('true');
    const title = required(
      view.page().querySelector(`#${element.getAttribute('aria-labelledby')}`),
    );
    expect(title.textContent?.trim()).toBe(
      'Cette action a été modifiée entre-temps',
    );
    expect(document.activeElement).toBe(title);
    const rows = Array.from(element.querySelectorAll('tbody tr'), (row) =>
      Array.from(row.children, (cell) =>
        cell.textContent?.replace(/\s+/g, ' ').trim(),
      ),
    );
    expect(rows).toEqual([
      ['Météo', 'À surveiller', 'En retard'],
      ['Avancement', '50 %', '30 %'],
      [
        'Mise à jour',
        'Le 20/11/2026 à 10:00, par Claire Direction',
        'Non enregistrée',
      ],
    ]);
    expect(element.textContent).toContain('Signature du marché reportée.');
  });

  it('"Reprendre avec la version à jour" shows their version and keeps what was typed', async () => {
    await collide();

    view.button('Reprendre avec la version à jour').click();
    (await view.request(UPDATES_URL)).flush([theirUpdate, latestUpdate]);
    await view.stable();

    expect(dialog()).toBeNull();
    expect(view.field('#meteo-late').checked).toBe(true);
    expect(view.field('#avancement').value).toBe('30');
    expect(view.field('#point-avancement').value).toBe(
      'Le prestataire a fait défaut.',
    );
    expect(view.text()).toContain(
      'Le 20/11/2026 à 10:00, par Claire Direction',
    );
    expect(document.activeElement).toBe(
      view.button('Enregistrer le point d’avancement'),
    );

    // Saving again sends the typed values with the version now shown.
    view.button('Enregistrer le point d’avancement').click();
    const post = await view.request(UPDATES_URL);
    expect(post.request.body).toEqual({
      status: 'late',
      progress: 30,
      narrative: 'Le prestataire a fait défaut.',
      version: 5,
    });
  });

  it('"Annuler mes modifications" puts the form back to their values', async () => {
    await collide();

    view.button('Annuler mes modifications').click();
    (await view.request(UPDATES_URL)).flush([theirUpdate, latestUpdate]);
    await view.stable();

    expect(dialog()).toBeNull();
    expect(view.field('#meteo-at_risk').checked).toBe(true);
    expect(view.field('#avancement').value).toBe('50');
    expect(view.field('#point-avancement').value).toBe('');
  });

  it('closes on Escape, keeping the values typed', async () => {
    await collide();

    required(dialog()).dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
    );
    await view.stable();

    expect(dialog()).toBeNull();
    expect(view.field('#avancement').value).toBe('30');
  });
});
