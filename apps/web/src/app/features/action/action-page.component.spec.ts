import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { anAction, USERS } from './testing/action-fixtures';
import { openActionPage, type ActionPage } from './testing/action-page-harness';

describe('ActionPageComponent', () => {
  let view: ActionPage;

  afterEach(() => view.http.verify());

  it('shows the action, its current state, signals, history, milestones and indicators', async () => {
    view = await openActionPage(USERS.viewer);
    const page = view.page();
    const text = view.text();

    expect(page.querySelectorAll('h1')).toHaveLength(1);
    expect(page.querySelector('h1')?.textContent?.trim()).toBe(
      '2.1.3 – Réformer le financement des urgences',
    );
    const crumbs = Array.from(
      page.querySelectorAll('.fr-breadcrumb__link'),
      (link) => [link.textContent?.trim(), link.getAttribute('href')],
    );
    expect(crumbs).toEqual([
      ['Projets stratégiques', '/plans'],
      ['Projet stratégique 2025-2027', '/plans/1'],
      ['Axe 2', '/plans/1/axes/12'],
      ['2.1.3', null],
    ]);
    const facts = Object.fromEntries(
      Array.from(page.querySelectorAll('dl div'), (fact) => [
        fact.querySelector('dt')?.textContent?.trim(),
        fact.querySelector('dd')?.textContent?.trim(),
      ]),
    );
    expect(facts).toEqual({
      Objectif: '2.1 – Un financement clair',
      'Sous-direction': 'Sous-direction du pilotage de la performance (PF)',
      Responsable: 'Paul Financement',
      'Date de début': '01/01/2025',
      Échéance: '30/06/2027',
      Poids: '2',
      'Déploiement régional': 'Non',
    });
    expect(page.textContent).toContain('\u221235\u00a0points');
    expect(text).toContain(
      'Retard sur le calendrier : L’avancement a 35 points de retard sur le calendrier.',
    );
    expect(
      page.querySelector('[role=progressbar]')?.getAttribute('aria-valuetext'),
    ).toBe('40\u00a0%, attendu 75\u00a0%');
    // The history, newest first, with line breaks kept as text (never HTML).
    const entries = Array.from(
      page.querySelectorAll('.bsl-timeline > li h3'),
      (h) => h.textContent?.trim(),
    );
    expect(entries).toEqual([
      '05/10/2026 à 10:30 – Paul Financement',
      '01/07/2026 à 14:00 – Paul Financement',
    ]);
    const narrative = page.querySelector('.bsl-timeline .bsl-pre-line');
    expect(narrative?.textContent).toBe(
      'Cahier des charges validé.\nConsultation lancée.',
    );
    expect(getComputedStyle(narrative as Element).whiteSpace).toBe('pre-line');
    // A milestone past its date and not done is late.
    const milestones = Array.from(
      page.querySelectorAll('#jalons-titre + .fr-table tbody tr'),
      (row) => Array.from(row.children, (cell) => cell.textContent?.trim()),
    );
    expect(milestones).toEqual([
      ['Cahier des charges', '30/06/2025', '10/07/2025', 'Atteint'],
      ['Choix du prestataire', '31/03/2026', 'Non renseignée', 'Date dépassée'],
    ]);
    expect(page.textContent).toContain(
      // Zero takes the singular in French, as the domain's formatQuantityFr writes it.
      '0\u00a0service → 655\u00a0services (cible au 31/12/2027)',
    );
    expect(text).toContain('Aucune mesure');
    expect(TestBed.inject(Title).getTitle()).toBe(
      '2.1.3 – Réformer le financement des urgences – Boussole',
    );
  });

  it('shows the declared météo when the action is shown late because it is overdue', async () => {
    view = await openActionPage(
      USERS.viewer,
      anAction({ status: 'on_track', effectiveStatus: 'late' }),
    );
    expect(view.text()).toContain('Météo déclarée : En bonne voie');
  });

  it('hides the update form from a viewer and says why', async () => {
    view = await openActionPage(USERS.viewer);

    expect(view.page().querySelector('form')).toBeNull();
    expect(view.text()).not.toContain('Mettre à jour l’action');
    expect(view.text()).toContain('Un·e lecteur·rice ne peut rien modifier.');
  });

  it('hides the update form from an ARS liaison and from a project manager of another unit', async () => {
    view = await openActionPage(USERS.rhManager);
    expect(view.page().querySelector('#mise-a-jour-titre')).toBeNull();
    expect(view.page().querySelector('#avancement')).toBeNull();
    expect(view.text()).toContain(
      'Seules les actions de votre sous-direction (RH) peuvent être mises à jour.',
    );
    view.http.verify();
    TestBed.resetTestingModule();

    view = await openActionPage(USERS.arsLiaison);
    expect(view.page().querySelector('#mise-a-jour-titre')).toBeNull();
    expect(view.page().querySelector('#avancement')).toBeNull();
  });

  it('shows the update form to a project manager of the owning unit, filled with the current values', async () => {
    view = await openActionPage(USERS.pfManager);
    const page = view.page();

    expect(
      page.querySelector('h2#mise-a-jour-titre')?.textContent?.trim(),
    ).toBe('Mettre à jour l’action');
    expect(
      page.querySelector('fieldset#meteo legend')?.textContent?.trim(),
    ).toBe('Météo');
    expect(page.querySelectorAll('input[type=radio][name=meteo]')).toHaveLength(
      6,
    );
    expect(view.field('#meteo-on_track').checked).toBe(true);
    expect(
      page.querySelector('label[for=meteo-at_risk]')?.textContent?.trim(),
    ).toBe('À surveiller');
    expect(view.field('#avancement').value).toBe('40');
    expect(
      page.querySelector('label[for=point-avancement]')?.textContent,
    ).toContain('Point d’avancement');
    expect(view.button('Enregistrer le point d’avancement').disabled).toBe(
      false,
    );
  });

  it('disables the form with the reason when the axis is locked for the cycle', async () => {
    const lockedReason = 'L’axe 2 a été validé pour la campagne T4 2026.';
    view = await openActionPage(USERS.pfManager, anAction({ lockedReason }));

    expect(view.text()).toContain(lockedReason);
    expect(view.field('#avancement').disabled).toBe(true);
    expect(view.field<HTMLFieldSetElement>('fieldset#meteo').disabled).toBe(
      true,
    );
    expect(view.button('Enregistrer le point d’avancement').disabled).toBe(
      true,
    );
  });

  it('leaves the comments of an action of an archived plan to be read, not written', async () => {
    const lockedReason =
      'Ce projet stratégique est archivé : il ne se modifie plus.';
    view = await openActionPage(
      USERS.pfManager,
      anAction({ lockedReason, planState: 'archived' }),
    );

    expect(view.text()).toContain(
      `Vous ne pouvez pas commenter ici : ${lockedReason}`,
    );
    expect(view.page().querySelector('bsl-comment-form')).toBeNull();
  });

  it('lets a project manager comment an action whose axis is validated (only updates are locked)', async () => {
    view = await openActionPage(
      USERS.pfManager,
      anAction({
        lockedReason: 'L’axe 2 a été validé pour la campagne T4 2026.',
      }),
    );

    expect(view.page().querySelector('bsl-comment-form')).not.toBeNull();
  });
});
