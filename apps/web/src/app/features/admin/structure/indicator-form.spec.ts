import { axeViolations } from '../../../testing/axe';
import {
  ACTIONS,
  INDICATORS,
  aPlan,
  anIndicator,
} from '../testing/admin-fixtures';
import type { AdminView } from '../testing/admin-harness';
import { answerStructure, openStructure } from '../testing/structure-view';

describe('Indicator form', () => {
  let view: AdminView;

  afterEach(() => view.http.verify());

  it('adds an indicator to an action, with intermediate targets strictly between its dates', async () => {
    view = await openStructure();
    view.button('Objectif 1.1 – Décliner le Pacte d’accès aux soins').click();
    await view.stable();
    view.button('Ajouter un indicateur à l’action 1.1.1').click();
    await view.stable();

    expect(
      view.field<HTMLSelectElement>('#indicateur-rattachement').value,
    ).toBe('action:31');
    view.type('#indicateur-nom', 'Maisons de santé labellisées');
    view.type('#indicateur-unite', 'maisons');
    view.type('#indicateur-valeur-reference', '12');
    view.type('#indicateur-date-reference', '2025-01-01');
    view.type('#indicateur-valeur-cible', '40.5');
    view.type('#indicateur-date-cible', '2027-12-31');
    view.button('Ajouter une cible intermédiaire').click();
    await view.stable();
    const rowDate = document.activeElement as HTMLInputElement;
    expect(rowDate.id).toMatch(/^indicateur-cible-\d+-date$/);
    view.type(`#${rowDate.id}`, '2024-12-31');
    view.type(`#${rowDate.id.replace('-date', '-valeur')}`, '20');
    view.check('#indicateur-periodicite-year');
    view.button('Ajouter l’indicateur').click();
    await view.stable();

    expect(view.errorOf(`#${rowDate.id}`).message).toBe(
      'La date doit être strictement comprise entre la date de référence et la date cible.',
    );
    expect(view.dialogText()).toContain(
      'Une cible intermédiaire est à corriger.',
    );
    expect(document.activeElement).toBe(rowDate);
    view.http.expectNone('/api/indicators', 'POST');
    expect(await axeViolations(view.page())).toEqual([]);

    view.type(`#${rowDate.id}`, '2026-12-31');
    view.button('Ajouter l’indicateur').click();
    const post = await view.request('/api/indicators', 'POST');
    expect(post.request.body).toEqual({
      planId: 1,
      attachedTo: { kind: 'action', id: 31 },
      name: 'Maisons de santé labellisées',
      unit: 'maisons',
      baselineValue: 12,
      baselineDate: '2025-01-01',
      targetValue: 40.5,
      targetDate: '2027-12-31',
      intermediateTargets: [{ date: '2026-12-31', value: 20 }],
      periodicity: 'year',
      regional: false,
      source: null,
      definition: null,
    });
    const created = anIndicator({
      id: 43,
      name: 'Maisons de santé labellisées',
      attachedTo: {
        kind: 'action',
        id: 31,
        label: 'Action 1.1.1',
        title: 'Ouvrir',
      },
    });
    post.flush(created);
    await answerStructure(view, aPlan(), ACTIONS, [...INDICATORS, created]);

    expect(view.text()).toContain(
      'L’indicateur « Maisons de santé labellisées » a été ajouté.',
    );
    expect(document.activeElement?.textContent?.trim()).toBe(
      'Maisons de santé labellisées',
    );
  });

  it('edits an indicator; the API’s message about one of its targets shows on the targets', async () => {
    view = await openStructure();
    view.button('Objectif 1.1 – Décliner le Pacte d’accès aux soins').click();
    await view.stable();
    view.button('Modifier l’indicateur « Maisons de santé ouvertes »').click();
    await view.stable();

    expect(
      view.field<HTMLSelectElement>('#indicateur-rattachement').value,
    ).toBe('objective:21');
    expect(view.field('#indicateur-periodicite-quarter').checked).toBe(true);
    view.type('#indicateur-valeur-cible', '260');
    view.button('Enregistrer l’indicateur').click();
    const patch = await view.request('/api/indicators/41', 'PATCH');
    expect(patch.request.body).toEqual({
      attachedTo: { kind: 'objective', id: 21 },
      name: 'Maisons de santé ouvertes',
      unit: 'maisons',
      baselineValue: 100,
      baselineDate: '2025-01-01',
      targetValue: 260,
      targetDate: '2027-12-31',
      intermediateTargets: [{ date: '2026-12-31', value: 180 }],
      periodicity: 'quarter',
      regional: true,
      source: 'DGOS',
      definition: null,
      version: 2,
    });
    patch.flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'La valeur est hors des limites admises.',
        fields: {
          'intermediateTargets.0.value':
            'La valeur est hors des limites admises.',
        },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await view.stable();

    const group = view.field<HTMLFieldSetElement>(
      '#indicateur-cibles-intermediaires',
    );
    expect(group.classList.contains('fr-fieldset--error')).toBe(true);
    expect(view.field('#indicateur-cibles-messages').textContent?.trim()).toBe(
      'La valeur est hors des limites admises.',
    );
  });
});
