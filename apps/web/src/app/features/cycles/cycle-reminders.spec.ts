import { DIRECTOR } from '../admin/testing/admin-fixtures';
import {
  answerCycle,
  openCyclePage,
  type CycleView,
} from './testing/cycle-harness';

describe('The cycle page: reminders', { timeout: 30000 }, () => {
  let view: CycleView;

  afterEach(() => view.http.verify());

  it('sends the reminders once confirmed, and says who was sent what', async () => {
    view = await openCyclePage(DIRECTOR);
    view.button('Relancer les retardataires').click();
    await view.stable();

    expect(view.dialog().querySelector('h2')?.textContent?.trim()).toBe(
      'Relancer les retardataires\u00a0?',
    );
    expect(view.dialogText()).toContain(
      'Un message sera envoyé à 2 personnes, chacune avec la liste de ses actions sans point d’avancement pour la campagne\u00a0:',
    );
    expect(
      Array.from(
        view.dialog().querySelectorAll('.fr-modal__content li'),
        (item) => item.textContent?.trim(),
      ),
    ).toEqual(['Paul Financement (1 action)', 'Rita Ressources (1 action)']);
    view.button('Envoyer les rappels').click();
    const post = await view.request('/api/cycles/9/reminders', 'POST');
    post.flush({
      cycleId: 9,
      sent: 1,
      optedOut: 1,
      recipients: [{ id: 3, name: 'Paul Financement', actions: 1 }],
    });
    await answerCycle(view);

    expect(document.querySelector('dialog')).toBeNull();
    expect(
      view.page().querySelector('.fr-alert--success')?.textContent?.trim(),
    ).toBe(
      '1 rappel envoyé\u00a0: Paul Financement (1 action). 1 personne a désactivé les rappels et n’a rien reçu.',
    );

    // Again within ten minutes: the API refuses, and the page says why.
    view.button('Relancer les retardataires').click();
    await view.stable();
    view.button('Envoyer les rappels').click();
    (await view.request('/api/cycles/9/reminders', 'POST')).flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message:
          'Les rappels de cette campagne ont été envoyés il y a moins de 10 minutes.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await view.stable();
    expect(document.querySelector('dialog')).toBeNull();
    expect(view.page().querySelector('[role=alert]')?.textContent?.trim()).toBe(
      'Les rappels de cette campagne ont été envoyés il y a moins de 10 minutes.',
    );
  });
});
