import { Title } from '@angular/platform-browser';
import { TestBed } from '@angular/core/testing';
import type {
  CurrentUser,
  CycleCompleteness,
  CycleValidations,
} from '@boussole/domain';
import { axeViolations } from '../../testing/axe';
import { USERS } from '../action/testing/action-fixtures';
import { ADMIN, DIRECTOR, aPlanSummary } from '../admin/testing/admin-fixtures';
import {
  aValidation,
  theCompleteness,
  theValidations,
} from './testing/cycle-fixtures';
import { openCycles, type CycleView } from './testing/cycle-harness';

describe('CyclePageComponent', { timeout: 30000 }, () => {
  let view: CycleView;

  afterEach(() => view.http.verify());

  /** Answers the page's reads: completeness, validations, then the plan (breadcrumb). */
  async function answer(
    completeness: CycleCompleteness = theCompleteness(),
    validations: CycleValidations = theValidations(),
    withPlan = true,
  ) {
    (await view.request('/api/cycles/9/completeness')).flush(completeness);
    (await view.request('/api/cycles/9/validations')).flush(validations);
    if (withPlan) (await view.request('/api/plans/1')).flush(aPlanSummary());
    await view.stable();
  }

  async function open(user: CurrentUser = DIRECTOR) {
    view = await openCycles('/campagnes/9', user);
    await view.navigation;
    await answer();
  }

  const rows = (caption: string) => {
    const table = Array.from(view.page().querySelectorAll('table')).find(
      (candidate) => candidate.caption?.textContent?.trim() === caption,
    );
    return Array.from(table?.querySelectorAll('tbody tr') ?? [], (row) =>
      Array.from(row.querySelectorAll('th, td'), (cell) =>
        cell.textContent?.replace(/[ \t\n\r]+/g, ' ').trim(),
      ),
    );
  };
  const bar = (name: string) =>
    view.page().querySelector(`[role=progressbar][aria-label="${name}"]`);

  it('shows the cycle’s completeness overall, by axis, unit, owner and region, in text too', async () => {
    await open();

    expect(view.page().querySelector('h1')?.textContent?.trim()).toBe(
      'Campagne T4 2026',
    );
    expect(TestBed.inject(Title).getTitle()).toBe(
      'Campagne T4 2026 – Boussole',
    );
    expect(view.text()).toContain('Du 16/11/2026 au 11/12/2026 Ouverte');
    expect(
      Array.from(view.page().querySelectorAll('.fr-breadcrumb__link'), (link) =>
        link.textContent?.trim(),
      ),
    ).toEqual([
      'Projets stratégiques',
      'Projet stratégique 2025-2027',
      'Campagne T4 2026',
    ]);

    const completeness = view.section('completude');
    expect(completeness).toContain('3 reçus sur 5 attendus, 2 manquants');
    expect(
      bar('Complétude de la campagne')?.getAttribute('aria-valuenow'),
    ).toBe('60');
    expect(
      bar('Complétude – Axe 1\u00a0: Garantir l’accès aux soins')?.getAttribute(
        'aria-valuetext',
      ),
    ).toBe('33,3\u00a0%');
    expect(completeness).toContain(
      'Axe 1\u00a0: Garantir l’accès aux soins 33,3\u00a0% 1 reçu sur 3 attendus, 2 manquants',
    );
    expect(completeness).toContain(
      'Sous-direction des ressources humaines (RH) 50\u00a0% 1 reçu sur 2 attendus, 1 manquant',
    );
    expect(rows('Complétude par responsable d’action')).toEqual([
      ['Paul Financement', '3', '2', '1', '66,7\u00a0%'],
      ['Rita Ressources', '1', '0', '1', '0\u00a0%'],
      ['Sans responsable', '1', '1', '0', '100\u00a0%'],
    ]);
    expect(
      rows(
        'Rapports de déploiement attendus des actions régionales, par région',
      ),
    ).toEqual([['Île-de-France (11)', '2', '1', '1', '50\u00a0%']]);

    expect(
      view.page().querySelector('#actions-manquantes')?.textContent?.trim(),
    ).toBe('Actions sans point d’avancement (2)');
    expect(
      rows('Actions sans point d’avancement pour la campagne, par code'),
    ).toEqual([
      [
        '1.1.1 – Déployer les maisons de santé',
        '1',
        'PF',
        'Paul Financement',
        '05/10/2026 à 10:30',
      ],
      [
        '1.2.1 – Former les infirmiers en pratique avancée',
        '1',
        'RH',
        'Rita Ressources',
        'Aucun',
      ],
    ]);
    expect(
      view.button('1.1.1 – Déployer les maisons de santé').getAttribute('href'),
    ).toBe('/actions/7');
    expect(await axeViolations(view.page())).toEqual([]);
  });

  it('shows each axis’s validation and the history of validations and reopenings', async () => {
    await open();

    const validation = view.section('validation-axes');
    expect(validation).toContain(
      'Axe 1\u00a0: Garantir l’accès aux soins À valider 2 actions attendent encore leur point d’avancement. Valider l’axe 1',
    );
    expect(validation).toContain(
      'Axe 2\u00a0: Accompagner la pérennité du système de santé Validé Validé par Denis Direction le 02/12/2026 à 10:00. Commentaire\u00a0: Axe à jour, rien à signaler.',
    );
    // A director validates but does not reopen.
    expect(view.hasButton('Rouvrir l’axe 2')).toBe(false);
    expect(
      Array.from(
        view
          .page()
          .querySelectorAll(
            'section[aria-labelledby="historique-validations"] li',
          ),
        (item) => item.textContent?.replace(/[ \t\n\r]+/g, ' ').trim(),
      ),
    ).toEqual([
      '02/12/2026 à 10:00 – Axe 2 validé par Denis Direction Commentaire\u00a0: Axe à jour, rien à signaler.',
      '01/12/2026 à 09:00 – Axe 2 rouvert par Alice Admin Motif\u00a0: Mesure de l’indicateur corrigée.',
      '30/11/2026 à 11:00 – Axe 2 validé par Denis Direction',
    ]);
    expect(view.hasButton('Historique des modifications')).toBe(true);
  });

  it('asks one justification per missing action before validating, and shows the API’s field errors', async () => {
    await open();
    view.button('Valider l’axe 1').click();
    await view.stable();

    expect(view.dialog().querySelector('h2')?.textContent?.trim()).toBe(
      'Valider l’axe 1 pour la campagne T4 2026',
    );
    expect(view.dialogText()).toContain(
      '2 actions de l’axe n’ont pas de point d’avancement pour cette campagne.',
    );
    const labels = Array.from(
      view.dialog().querySelectorAll('label'),
      (label) => view.words(label),
    );
    expect(labels).toEqual([
      'Justification pour l’action 1.1.1 \u00a0* Déployer les maisons de santé',
      'Justification pour l’action 1.2.1 \u00a0* Former les infirmiers en pratique avancée',
      'Commentaire (facultatif) Il accompagne la validation dans l’historique de la campagne.',
    ]);

    view.button('Confirmer la validation').click();
    await view.stable();
    expect(view.errorOf('#validation-justification-7')).toEqual({
      inError: true,
      message:
        'Indiquez pourquoi l’action 1.1.1 n’a pas de point d’avancement pour la campagne.',
    });
    expect(view.errorOf('#validation-justification-8').inError).toBe(true);
    expect(document.activeElement?.id).toBe('validation-justification-7');
    view.http.expectNone('/api/cycles/9/axes/11/validate');

    view.type('#validation-justification-7', ' Responsable en congé. ');
    view.type('#validation-justification-8', 'Action suspendue.');
    view.type('#validation-commentaire', 'Revue du 5 décembre.');
    view.button('Confirmer la validation').click();
    const post = await view.request('/api/cycles/9/axes/11/validate', 'POST');
    expect(post.request.body).toEqual({
      comment: 'Revue du 5 décembre.',
      justifications: [
        { actionId: 7, text: 'Responsable en congé.' },
        { actionId: 8, text: 'Action suspendue.' },
      ],
    });
    post.flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Une justification est trop courte.',
        fields: { 'justifications.1.text': 'Expliquez en quelques mots.' },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await answer(theCompleteness(), theValidations(), false);
    expect(view.errorOf('#validation-justification-8')).toEqual({
      inError: true,
      message: 'Expliquez en quelques mots.',
    });
    expect(view.errorOf('#validation-justification-7').inError).toBe(false);
    expect(document.activeElement?.id).toBe('validation-justification-8');
    expect(view.dialogText()).toContain('Une justification est trop courte.');

    view.type('#validation-justification-8', 'Action suspendue par le CODIR.');
    view.button('Confirmer la validation').click();
    const again = await view.request('/api/cycles/9/axes/11/validate', 'POST');
    again.flush(aValidation({ id: 4, axisId: 11, axisNumber: 1 }));
    await answer(
      theCompleteness(),
      theValidations([
        {
          ...theValidations().validations[0],
          id: 4,
          axisId: 11,
          axisNumber: 1,
          axisTitle: 'Garantir l’accès aux soins',
          validatedAt: '2026-12-05T09:00:00Z',
          comment: 'Revue du 5 décembre.',
          justifications: [
            {
              actionId: 7,
              code: '1.1.1',
              title: 'Déployer les maisons de santé',
              text: 'Responsable en congé.',
            },
            {
              actionId: 8,
              code: '1.2.1',
              title: 'Former les infirmiers en pratique avancée',
              text: 'Action suspendue par le CODIR.',
            },
          ],
        },
        ...theValidations().validations,
      ]),
      false,
    );
    await view.stable();

    expect(document.querySelector('dialog')).toBeNull();
    expect(view.text()).toContain(
      'L’axe 1 est validé pour la campagne\u00a0: son état est figé et ses mises à jour sont verrouillées.',
    );
    expect(view.section('validation-axes')).toContain(
      'Points d’avancement manquants justifiés\u00a0: 1.1.1 – Déployer les maisons de santé\u00a0: Responsable en congé.',
    );
    expect(view.hasButton('Valider l’axe 1')).toBe(false);
    expect(document.activeElement?.id).toBe('validation-axe-11-titre');
  });

  it('says why a validation is refused with a 409, and reads the cycle again', async () => {
    await open();
    view.button('Valider l’axe 1').click();
    await view.stable();
    view.type('#validation-justification-7', 'Congé.');
    view.type('#validation-justification-8', 'Suspendue.');
    view.button('Confirmer la validation').click();
    (await view.request('/api/cycles/9/axes/11/validate', 'POST')).flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'L’axe 1 est déjà validé pour la campagne « T4 2026 ».',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await answer(theCompleteness(), theValidations(), false);

    expect(view.dialogText()).toContain(
      'L’axe 1 est déjà validé pour la campagne « T4 2026 ».',
    );
  });

  it('offers admins to reopen a validated axis, with a required reason', async () => {
    await open(ADMIN);
    expect(view.hasButton('Valider l’axe 1')).toBe(true);
    view.button('Rouvrir l’axe 2').click();
    await view.stable();

    expect(view.dialog().querySelector('h2')?.textContent?.trim()).toBe(
      'Rouvrir l’axe 2 pour la campagne T4 2026',
    );
    view.button('Confirmer la réouverture').click();
    await view.stable();
    expect(view.errorOf('#reouverture-motif')).toEqual({
      inError: true,
      message: 'Indiquez le motif de la réouverture.',
    });
    view.http.expectNone('/api/cycles/9/axes/12/validation');

    view.type('#reouverture-motif', ' Indicateur corrigé après la revue. ');
    view.button('Confirmer la réouverture').click();
    const reopen = await view.request(
      '/api/cycles/9/axes/12/validation',
      'DELETE',
    );
    expect(reopen.request.body).toEqual({
      reason: 'Indicateur corrigé après la revue.',
    });
    const reopened = {
      ...theValidations().validations[0],
      reopened: {
        at: '2026-12-06T09:00:00Z',
        by: { id: 1, name: 'Alice Admin' },
        reason: 'Indicateur corrigé après la revue.',
      },
    };
    reopen.flush(reopened);
    await answer(
      theCompleteness(),
      theValidations([reopened, theValidations().validations[1]]),
      false,
    );

    expect(document.querySelector('dialog')).toBeNull();
    expect(view.text()).toContain(
      'L’axe 2 est rouvert\u00a0: il peut de nouveau être mis à jour, puis validé.',
    );
    expect(view.hasButton('Valider l’axe 2')).toBe(true);
    expect(document.activeElement?.id).toBe('validation-axe-12-titre');
    expect(await axeViolations(view.page())).toEqual([]);
  });

  it('sends the reminders once confirmed, and says who was sent what', async () => {
    await open();
    view.button('Relancer les retardataires').click();
    await view.stable();

    expect(view.dialog().querySelector('h2')?.textContent?.trim()).toBe(
      'Relancer les retardataires ?',
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
    await answer(theCompleteness(), theValidations(), false);

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

  it('shows a project manager the figures and the validations, without a button', async () => {
    await open(USERS.pfManager);

    expect(view.section('completude')).toContain(
      '3 reçus sur 5 attendus, 2 manquants',
    );
    expect(view.section('validation-axes')).toContain(
      'La validation est réservée à la direction.',
    );
    expect(view.section('validation-axes')).toContain('À valider');
    expect(view.page().querySelectorAll('section button')).toHaveLength(0);
    expect(view.hasButton('Relancer les retardataires')).toBe(false);
    expect(view.hasButton('Valider l’axe 1')).toBe(false);
    expect(view.hasButton('Historique des modifications')).toBe(false);
    expect(await axeViolations(view.page())).toEqual([]);
  });

  it('offers no validation nor reminder once the cycle is closed', async () => {
    view = await openCycles('/campagnes/9', ADMIN);
    await view.navigation;
    const closed = theCompleteness();
    closed.cycle = { ...closed.cycle, state: 'closed' };
    await answer(closed);

    expect(view.text()).toContain('Clôturée');
    expect(view.hasButton('Relancer les retardataires')).toBe(false);
    expect(view.hasButton('Valider l’axe 1')).toBe(false);
    expect(view.hasButton('Rouvrir l’axe 2')).toBe(false);
    expect(
      view.button('Gérer les campagnes du projet').getAttribute('href'),
    ).toBe('/administration/plans/1/campagnes');
  });
});
