import { TestBed } from '@angular/core/testing';
import type { ActionDetail } from '@boussole/domain';
import { Subject } from 'rxjs';
import type { LiveChange } from '../../core/live/live-event';
import { LiveEventsService } from '../../core/live/live-events.service';
import { axeViolations } from '../../testing/axe';
import {
  anAction,
  latestUpdate,
  olderUpdate,
  USERS,
} from './testing/action-fixtures';
import { openActionPage, type ActionPage } from './testing/action-page-harness';

const NOTICE =
  'Cette action a été modifiée par ailleurs\u00a0: vos saisies sont conservées.';

/** The action as another user's status update left it: version 5, 60 %, at risk. */
const newer: ActionDetail = anAction({
  version: 5,
  progress: 60,
  status: 'at_risk',
  effectiveStatus: 'at_risk',
});

describe('The action page, live', () => {
  let view: ActionPage;
  let changes: Subject<LiveChange>;

  beforeEach(async () => {
    changes = new Subject<LiveChange>();
    TestBed.overrideProvider(LiveEventsService, {
      useValue: { changes: changes.asObservable() },
    });
    view = await openActionPage(USERS.pfManager);
  });

  afterEach(() => view.http.verify());

  /** Another user's write about the action: the page fetches it and its history again. */
  async function someoneElseUpdates(): Promise<void> {
    changes.next({ type: 'action.updated', planId: 1, actionId: 7 });
    (await view.request('/api/actions/7')).flush(newer);
    (await view.request('/api/actions/7/updates')).flush([
      latestUpdate,
      olderUpdate,
    ]);
    await view.stable();
  }

  const progressField = () => view.field('#avancement').value;
  const notice = () =>
    Array.from(view.page().querySelectorAll('.fr-alert--warning p')).map((p) =>
      p.textContent?.trim(),
    );

  it('fills an untouched form with the new version, without a notice', async () => {
    expect(progressField()).toBe('40');
    await someoneElseUpdates();

    expect(progressField()).toBe('60');
    expect(view.field('#meteo-at_risk').checked).toBe(true);
    expect(notice()).not.toContain(NOTICE);
  });

  it('ignores the events of other actions and other plans', async () => {
    changes.next({ type: 'action.updated', planId: 1, actionId: 8 });
    changes.next({ type: 'structure.changed', planId: 2, record: 'axis:3' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    view.http.expectNone('/api/actions/7');
  });

  it('keeps what is being typed, says the action changed, and still sends the version seen', async () => {
    view.type('#avancement', '45');
    view.type('#point-avancement', 'Signature retardée.');
    await view.stable();

    await someoneElseUpdates();

    expect(progressField()).toBe('45');
    expect(view.field<HTMLTextAreaElement>('#point-avancement').value).toBe(
      'Signature retardée.',
    );
    expect(notice()).toContain(NOTICE);
    expect(await axeViolations(view.page())).toEqual([]);
    // The read-only parts show the new version.
    expect(view.text()).toContain('60');

    view.button('Enregistrer le point d’avancement').click();
    const post = await view.request('/api/actions/7/updates');
    expect(post.request.body).toMatchObject({ progress: 45, version: 4 });
    // The API refuses the stale version: the conflict dialog compares them, as before.
    post.flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'L’action a été modifiée entre-temps.',
        current: newer,
      },
      { status: 409, statusText: 'Conflict' },
    );
    await view.stable();
    expect(view.page().querySelector('dialog, [role=dialog]')).not.toBeNull();
  });

  it('"Voir la nouvelle version" replaces what was typed by the new version', async () => {
    view.type('#avancement', '45');
    await view.stable();
    await someoneElseUpdates();

    view.button('Voir la nouvelle version').click();
    await view.stable();

    expect(progressField()).toBe('60');
    expect(notice()).not.toContain(NOTICE);
    expect(document.activeElement).toBe(view.field('#meteo-at_risk'));
  });
});
