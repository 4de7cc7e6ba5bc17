import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { axeViolations } from '../../testing/axe';
import { USERS } from '../action/testing/action-fixtures';
import { ADMIN, DIRECTOR } from '../admin/testing/admin-fixtures';
import { theCompleteness } from './testing/cycle-fixtures';
import { openCyclePage, type CycleView } from './testing/cycle-harness';

describe(
  'CyclePageComponent: completeness and rights',
  { timeout: 30000 },
  () => {
    let view: CycleView;

    afterEach(() => view.http.verify());

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
      view = await openCyclePage(DIRECTOR);

      expect(view.page().querySelector('h1')?.textContent?.trim()).toBe(
        'Campagne T4 2026',
      );
      expect(TestBed.inject(Title).getTitle()).toBe(
        'Campagne T4 2026 – Boussole',
      );
      expect(view.text()).toContain('Du 16/11/2026 au 11/12/2026 Ouverte');
      expect(
        Array.from(
          view.page().querySelectorAll('.fr-breadcrumb__link'),
          (link) => link.textContent?.trim(),
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
        bar(
          'Complétude – Axe 1\u00a0: Garantir l’accès aux soins',
        )?.getAttribute('aria-valuetext'),
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
        view
          .button('1.1.1 – Déployer les maisons de santé')
          .getAttribute('href'),
      ).toBe('/actions/7');
      expect(await axeViolations(view.page())).toEqual([]);
    });

    it('shows a project manager the figures and the validations, without a button', async () => {
      view = await openCyclePage(USERS.pfManager);

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
      const closed = theCompleteness();
      closed.cycle = { ...closed.cycle, state: 'closed' };
      view = await openCyclePage(ADMIN, closed);

      expect(view.text()).toContain('Clôturée');
      expect(view.hasButton('Relancer les retardataires')).toBe(false);
      expect(view.hasButton('Valider l’axe 1')).toBe(false);
      expect(view.hasButton('Rouvrir l’axe 2')).toBe(false);
      expect(view.section('validation-axes')).toContain(
        'Axe 1\u00a0: Garantir l’accès aux soins Non validé Figé sans validation à la clôture de la campagne. Sans point d’avancement à la clôture\u00a0: 2 actions.',
      );
      expect(
        view.button('Gérer les campagnes du projet').getAttribute('href'),
      ).toBe('/administration/plans/1/campagnes');
    });
  },
);
