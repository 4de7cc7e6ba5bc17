import { TestBed } from '@angular/core/testing';
import type { CurrentUser } from '@boussole/domain';
import { AuthService } from '../../../core/auth/auth.service';
import { axeViolations } from '../../../testing/axe';
import { openPage, type PageView } from '../../../testing/page';
import { accountRoutes } from '../account.routes';
import { REMINDERS_OFF, REMINDERS_ON } from './reminder-settings.component';

const paul: CurrentUser = {
  id: 3,
  email: 'paul.financement@sante.gouv.fr',
  name: 'Paul Financement',
  role: 'project_manager',
  unit: {
    id: 1,
    code: 'PF',
    name: 'Sous-direction du pilotage de la performance',
  },
  regionCode: null,
  reminders: true,
};

const ME_URL = '/api/auth/me';

/** "Recevoir les relances des campagnes de suivi" in Mon compte, through the page and its requests. */
describe('ReminderSettingsComponent (Mon compte, relances)', () => {
  let view: PageView;

  async function open(user: CurrentUser): Promise<void> {
    view = await openPage('/mon-compte', [
      { path: 'mon-compte', children: accountRoutes },
    ]);
    const loading = TestBed.inject(AuthService).load();
    (await view.request(ME_URL)).flush(user);
    await loading;
    (await view.request('/api/auth/sessions')).flush([]);
    await view.navigation;
    await view.stable();
  }

  afterEach(() => view.http.verify());

  const toggle = () => view.field('#relances');
  const label = () =>
    view.page().querySelector('label[for="relances"]')?.textContent?.trim();
  const messages = () =>
    view.page().querySelector('#relances-messages')?.textContent?.trim() ?? '';
  const switchIt = async () => {
    toggle().click();
    await view.stable();
  };

  it('shows the setting as a labelled DSFR toggle, described by what it sends', async () => {
    await open(paul);
    expect(toggle().type).toBe('checkbox');
    expect(toggle().classList).toContain('fr-toggle__input');
    expect(toggle().checked).toBe(true);
    expect(label()).toBe('Recevoir les relances des campagnes de suivi');
    expect(toggle().getAttribute('aria-describedby')).toBe(
      'relances-aide relances-messages',
    );
    expect(view.page().querySelector('#relances-aide')?.textContent).toContain(
      'sept jours puis la veille de la clôture',
    );
    // The closing summary is for directors and admins only.
    expect(
      view.page().querySelector('#relances-aide')?.textContent,
    ).not.toContain('bilan');
    expect(await axeViolations(view.page())).toEqual([]);
  });

  it('turns the reminders off at once with the exact body, and says so', async () => {
    await open(paul);
    await switchIt();
    const patch = await view.request(ME_URL);
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ reminders: false });
    patch.flush({ ...paul, reminders: false });
    await view.stable();

    expect(toggle().checked).toBe(false);
    expect(messages()).toBe(REMINDERS_OFF);
    expect(TestBed.inject(AuthService).user()?.reminders).toBe(false);
    expect(await axeViolations(view.page())).toEqual([]);
  });

  it('turns them back on for someone who had turned them off', async () => {
    await open({ ...paul, role: 'director', unit: null, reminders: false });
    expect(toggle().checked).toBe(false);
    expect(view.page().querySelector('#relances-aide')?.textContent).toContain(
      'À la clôture, le bilan de complétude de la campagne.',
    );
    await switchIt();
    const patch = await view.request(ME_URL);
    expect(patch.request.body).toEqual({ reminders: true });
    patch.flush({ ...paul, role: 'director', unit: null, reminders: true });
    await view.stable();
    expect(toggle().checked).toBe(true);
    expect(messages()).toBe(REMINDERS_ON);
  });

  it('puts the toggle back and says why when the save fails', async () => {
    await open(paul);
    await switchIt();
    // A second click while it is saved changes nothing.
    await switchIt();
    expect(toggle().checked).toBe(false);
    (await view.request(ME_URL)).flush(
      {
        statusCode: 400,
        error: 'Requête invalide',
        message: '« reminders » doit valoir true ou false.',
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await view.stable();

    expect(toggle().checked).toBe(true);
    expect(messages()).toBe(
      'Votre choix n’a pas été enregistré. « reminders » doit valoir true ou false.',
    );
    expect(
      view.page().querySelector('#relances-messages .fr-message--error'),
    ).not.toBeNull();
    expect(TestBed.inject(AuthService).user()?.reminders).toBe(true);
    expect(await axeViolations(view.page())).toEqual([]);
  });
});
