import type { ActionUpdatedState, StatusUpdatePayload } from '@boussole/domain';
import { required } from '../../../testing/query';
import { anAction, latestUpdate, USERS } from '../testing/action-fixtures';
import {
  openActionPage,
  type ActionPage,
} from '../testing/action-page-harness';

const UPDATES_URL = '/api/actions/7/updates';

describe('UpdateFormComponent', () => {
  let view: ActionPage;

  beforeEach(async () => {
    view = await openActionPage(USERS.pfManager);
  });

  afterEach(() => view.http.verify());

  /** The DSFR error state of the group around `selector`, and its messages. */
  const errorOf = (selector: string) => {
    const control = view.field(selector);
    const group = required(
      control.closest('.fr-input-group, .fr-fieldset'),
      'group',
    );
    const messagesId =
      control.getAttribute('aria-describedby') ??
      group.getAttribute('aria-labelledby')?.split(' ')[1];
    return {
      inError:
        group.classList.contains('fr-input-group--error') ||
        group.classList.contains('fr-fieldset--error'),
      message:
        view.page().querySelector(`#${messagesId}`)?.textContent?.trim() ?? '',
    };
  };

  it('says that an action done is at 100 %, before calling the API', async () => {
    view.choose('done');
    await view.submit();

    expect(errorOf('#avancement')).toEqual({
      inError: true,
      message: 'Une action terminée est avancée à 100\u00a0%.',
    });
    expect(view.field('#avancement').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(view.field('#avancement'));
    view.http.expectNone(UPDATES_URL);
  });

  it('rejects a progress that is not an integer between 0 and 100', async () => {
    view.type('#avancement', '120');
    await view.submit();

    expect(errorOf('#avancement').message).toBe(
      'L’avancement doit être un nombre entier entre 0 et 100.',
    );
    view.http.expectNone(UPDATES_URL);
  });

  it('requires a narrative when the météo gets worse, and says so in the hint', async () => {
    const label = () =>
      view.page().querySelector('label[for=point-avancement]')?.textContent ??
      '';
    expect(label()).toContain('Obligatoire si la météo se dégrade.');

    view.choose('late');
    await view.submit();

    expect(label()).toContain(
      'Obligatoire : la météo choisie est moins bonne que « En bonne voie ».',
    );
    expect(errorOf('#point-avancement')).toEqual({
      inError: true,
      message: 'Expliquez pourquoi la météo se dégrade.',
    });
    expect(errorOf('#avancement').inError).toBe(false);
    view.http.expectNone(UPDATES_URL);

    view.type('#point-avancement', 'Le prestataire a fait défaut.');
    await view.stable();
    expect(errorOf('#point-avancement').inError).toBe(false);
  });

  it('posts the update with the version seen, then says so and refreshes the page', async () => {
    view.choose('at_risk');
    view.type('#avancement', '45');
    view.type('#point-avancement', '  Signature retardée.\nRelance faite. ');
    view.type('#points-blocage', 'Avis juridique attendu.');
    await view.stable();
    view.button('Enregistrer le point d’avancement').click();

    const post = await view.request(UPDATES_URL);
    expect(post.request.method).toBe('POST');
    expect(post.request.body).toEqual({
      status: 'at_risk',
      progress: 45,
      narrative: 'Signature retardée.\nRelance faite.',
      blockers: 'Avis juridique attendu.',
      version: 4,
    });
    const update: StatusUpdatePayload = {
      ...latestUpdate,
      id: 52,
      status: 'at_risk',
      progress: 45,
      narrative: 'Signature retardée.\nRelance faite.',
      createdAt: '2026-11-24T13:05:00Z',
    };
    // The API answers what the update changed, not the whole detail: the page keeps the rest.
    const action: ActionUpdatedState = {
      id: 7,
      version: 5,
      status: 'at_risk',
      progress: 45,
      lastUpdateAt: update.createdAt,
      effectiveStatus: 'at_risk',
      expectedProgress: 75,
      scheduleGap: -30,
      signals: ['schedule_gap'],
      signalDetails: [],
    };
    post.flush({ action, update });
    (await view.request(UPDATES_URL)).flush([update, latestUpdate]);
    await view.stable();

    // The confirmation right after the button, with the focus.
    const notice = required(
      view.button('Enregistrer le point d’avancement').nextElementSibling,
      'notice',
    ).querySelector<HTMLElement>('.fr-alert--success');
    expect(notice?.textContent?.trim()).toBe('Point d’avancement enregistré.');
    expect(notice?.closest('[role=status]')).not.toBeNull();
    expect(document.activeElement).toBe(notice);
    expect(view.field('#meteo-at_risk').checked).toBe(true);
    expect(view.field('#avancement').value).toBe('45');
    expect(view.field('#point-avancement').value).toBe('');
    expect(view.page().querySelectorAll('.bsl-timeline > li')).toHaveLength(2);
    expect(view.text()).toContain('24/11/2026 à 14:05 – Paul Financement');
    // The rest of the detail stays as shown: its title, its milestones.
    expect(view.text()).toContain(anAction().title);
    expect(view.text()).toContain(anAction().milestones[0].title);
  });

  it('shows the API’s messages on the fields and in an alert when it refuses the update', async () => {
    view.button('Enregistrer le point d’avancement').click();
    (await view.request(UPDATES_URL)).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'La mise à jour est invalide.',
        fields: { nextSteps: 'Les prochaines étapes sont trop longues.' },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await view.stable();

    expect(errorOf('#prochaines-etapes')).toEqual({
      inError: true,
      message: 'Les prochaines étapes sont trop longues.',
    });
    const alert = view.page().querySelector('.fr-alert--error[role=alert]');
    expect(alert?.textContent?.trim()).toBe('La mise à jour est invalide.');
  });

  it('shows the message of a 409 when the axis has been locked meanwhile', async () => {
    view.button('Enregistrer le point d’avancement').click();
    (await view.request(UPDATES_URL)).flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'L’axe 2 est validé pour la campagne T4 2026.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await view.stable();

    expect(view.page().querySelector('dialog')).toBeNull();
    expect(
      view.page().querySelector('.fr-alert--error')?.textContent?.trim(),
    ).toBe('L’axe 2 est validé pour la campagne T4 2026.');
  });
});
