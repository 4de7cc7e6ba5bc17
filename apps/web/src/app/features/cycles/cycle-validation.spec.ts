import { axeViolations } from '../../testing/axe';
import { ADMIN, DIRECTOR } from '../admin/testing/admin-fixtures';
import {
  aValidation,
  theCompleteness,
  theValidations,
} from './testing/cycle-fixtures';
import {
  answerCycle,
  openCyclePage,
  type CycleView,
} from './testing/cycle-harness';

describe(
  'The cycle page: validating and reopening an axis',
  { timeout: 30000 },
  () => {
    let view: CycleView;

    afterEach(() => view.http.verify());

    it('shows each axis’s validation and the history of validations and reopenings', async () => {
      view = await openCyclePage(DIRECTOR);

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
      view = await openCyclePage(DIRECTOR);
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
      await answerCycle(view);
      expect(view.errorOf('#validation-justification-8')).toEqual({
        inError: true,
        message: 'Expliquez en quelques mots.',
      });
      expect(view.errorOf('#validation-justification-7').inError).toBe(false);
      expect(document.activeElement?.id).toBe('validation-justification-8');
      expect(view.dialogText()).toContain('Une justification est trop courte.');

      view.type(
        '#validation-justification-8',
        'Action suspendue par le CODIR.',
      );
      view.button('Confirmer la validation').click();
      const again = await view.request(
        '/api/cycles/9/axes/11/validate',
        'POST',
      );
      again.flush(aValidation({ id: 4, axisId: 11, axisNumber: 1 }));
      await answerCycle(
        view,
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
      view = await openCyclePage(DIRECTOR);
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
      await answerCycle(view);

      expect(view.dialogText()).toContain(
        'L’axe 1 est déjà validé pour la campagne « T4 2026 ».',
      );
    });

    it('offers admins to reopen a validated axis, with a required reason', async () => {
      view = await openCyclePage(ADMIN);
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
      await answerCycle(
        view,
        theCompleteness(),
        theValidations([reopened, theValidations().validations[1]]),
      );

      expect(document.querySelector('dialog')).toBeNull();
      expect(view.text()).toContain(
        'L’axe 2 est rouvert\u00a0: il peut de nouveau être mis à jour, puis validé.',
      );
      expect(view.hasButton('Valider l’axe 2')).toBe(true);
      expect(document.activeElement?.id).toBe('validation-axe-12-titre');
      expect(await axeViolations(view.page())).toEqual([]);
    });
  },
);
