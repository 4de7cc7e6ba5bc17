import type { CurrentUser } from '@boussole/domain';
import { axeViolations } from '../../testing/axe';
import { USERS } from './testing/action-fixtures';
import { openActionPage, type ActionPage } from './testing/action-page-harness';

const DIRECTOR: CurrentUser = {
  ...USERS.viewer,
  id: 2,
  email: 'direction@boussole.test',
  name: 'Diane Direction',
  role: 'director',
};

const historyToggle = (view: ActionPage) =>
  Array.from(view.page().querySelectorAll('button')).find(
    (button) => button.textContent?.trim() === 'Historique des modifications',
  );

describe('The action page’s audit trail', () => {
  let view: ActionPage;

  afterEach(() => view.http.verify());

  it('is not offered to a project manager', async () => {
    view = await openActionPage(USERS.pfManager);
    expect(historyToggle(view)).toBeUndefined();
    view.http.expectNone((req) => req.url.startsWith('/api/audit'));
  });

  it('is offered to a director after the timeline, and read on opening', async () => {
    view = await openActionPage(DIRECTOR);
    const toggle = historyToggle(view);
    expect(toggle).toBeDefined();
    // After the history of updates, before the comments.
    const headings = Array.from(view.page().querySelectorAll('h2'), (h) =>
      h.textContent?.trim(),
    );
    const at = headings.indexOf('Historique des modifications');
    expect(headings[at - 1]).toBe('Historique des points d’avancement');
    expect(headings[at + 1]).toMatch(/^Commentaires/);
    view.http.expectNone((req) => req.url.startsWith('/api/audit'));

    toggle?.click();
    await view.stable();
    (
      await view.request('/api/audit?entity=action&id=7&page=1&pageSize=20')
    ).flush(
      [
        {
          id: 5,
          createdAt: '2026-10-05T08:30:00Z',
          verb: 'status_update.create',
          entityType: 'action',
          entityId: '7',
          actor: { id: 3, name: 'Paul Financement' },
          before: { status: 'on_track', progress: 30 },
          after: { status: 'late', progress: 40 },
        },
      ],
      { headers: { 'X-Total-Count': '1' } },
    );
    await view.stable();
    expect(view.text()).toContain('Mise à jour de la météo et de l’avancement');
    expect(view.text()).toContain('1 modification enregistrée.');
    expect(await axeViolations(view.page())).toEqual([]);
  });
});
