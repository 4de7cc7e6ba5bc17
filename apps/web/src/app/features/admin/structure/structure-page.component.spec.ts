import { axeViolations } from '../../../testing/axe';
import {
  ACTIONS,
  INDICATORS,
  aPlan,
  anAction,
} from '../testing/admin-fixtures';
import { openAdmin, type AdminView } from '../testing/admin-harness';
import { answerStructure, openStructure } from '../testing/structure-view';

describe('StructurePageComponent', () => {
  let view: AdminView;

  afterEach(() => view.http.verify());

  const disclosure = (name: string) => view.button(name) as HTMLButtonElement;
  const actionTitles = () =>
    Array.from(view.page().querySelectorAll('.bsl-action a'), (link) =>
      link.textContent?.trim(),
    );

  it('shows the axes open and the objectives closed, discloses them, and has no axe violation', async () => {
    view = await openAdmin('/administration/plans/1/structure');
    await view.navigation;
    (await view.request('/api/plans/1')).flush(aPlan());
    const actions = await view.request('/api/actions');
    expect(actions.request.params.get('plan')).toBe('1');
    expect(actions.request.params.get('page')).toBe('1');
    expect(actions.request.params.get('pageSize')).toBe('200');
    actions.flush(ACTIONS, { headers: { 'X-Total-Count': '3' } });
    const indicators = await view.request('/api/indicators');
    expect(indicators.request.params.get('plan')).toBe('1');
    indicators.flush(INDICATORS);
    await view.stable();

    expect(view.page().querySelector('h1')?.textContent?.trim()).toBe(
      'Structure de « Projet stratégique 2025-2027 »',
    );
    expect(
      Array.from(view.page().querySelectorAll('h3'), (h) =>
        h.textContent?.trim(),
      ),
    ).toEqual([
      'Axe 1 – Garantir l’accès aux soins',
      'Axe 2 – Pérennité du système de santé',
    ]);
    const objective = disclosure(
      'Objectif 1.1 – Décliner le Pacte d’accès aux soins',
    );
    expect(objective.getAttribute('aria-expanded')).toBe('false');
    const content = view.field<HTMLElement>(
      `#${objective.getAttribute('aria-controls')}`,
    );
    expect(content.hidden).toBe(true);
    expect(view.text()).toContain('Délai moyen de rendez-vous');

    objective.click();
    await view.stable();
    expect(objective.getAttribute('aria-expanded')).toBe('true');
    expect(content.hidden).toBe(false);
    // In their order inside the objective, whatever the API's order.
    expect(actionTitles()).toEqual([
      'Action 1.1.1 – Ouvrir des maisons de santé',
      'Action 1.1.2 – Former des assistants médicaux',
    ]);
    expect(content.textContent).toContain(
      'Maisons de santé ouvertes (maisons) – de 100 le 01/01/2025 à 250 le 31/12/2027, 1 cible intermédiaire, mesuré par région',
    );
    expect(view.hasButton('Monter l’action 1.1.1')).toBe(true);
    expect(
      (view.button('Monter l’action 1.1.1') as HTMLButtonElement).disabled,
    ).toBe(true);

    view.button('Tout déplier').click();
    await view.stable();
    expect(actionTitles()).toHaveLength(3);
    expect(await axeViolations(view.page())).toEqual([]);
  });

  it('moves an action down one place, keeping the focus on its buttons', async () => {
    view = await openStructure();
    view.button('Objectif 1.1 – Décliner le Pacte d’accès aux soins').click();
    await view.stable();

    view.button('Descendre l’action 1.1.1').click();
    const patch = await view.request('/api/actions/31', 'PATCH');
    expect(patch.request.body).toEqual({ position: 1, version: 6 });
    patch.flush(anAction({ position: 1, version: 7 }));
    await answerStructure(view, aPlan(), [
      ACTIONS[0],
      anAction({ position: 1, version: 7 }),
      anAction({
        id: 32,
        code: '1.1.2',
        title: 'Former des assistants médicaux',
        position: 0,
        version: 3,
      }),
    ]);

    expect(actionTitles()).toEqual([
      'Action 1.1.2 – Former des assistants médicaux',
      'Action 1.1.1 – Ouvrir des maisons de santé',
    ]);
    expect(view.text()).toContain(
      'L’action « 1.1.1 – Ouvrir des maisons de santé » a été descendue d’un rang.',
    );
    // At the end now: "Descendre" is disabled, "Monter" has the focus.
    expect(document.activeElement).toBe(view.button('Monter l’action 1.1.1'));
  });

  it('moves an action to another objective of the plan', async () => {
    view = await openStructure();
    view.button('Objectif 1.1 – Décliner le Pacte d’accès aux soins').click();
    await view.stable();
    view.button('Déplacer vers un autre objectif : action 1.1.1').click();
    await view.stable();

    const options = Array.from(
      view.field<HTMLSelectElement>('#deplacer-objectif').options,
      (option) => [option.textContent?.trim(), option.disabled],
    );
    expect(options).toEqual([
      ['Choisir un objectif', true],
      ['Axe 1 – Objectif 1.1 – Décliner le Pacte d’accès aux soins', true],
      ['Axe 1 – Objectif 1.2 – Aller vers', false],
      ['Axe 2 – Objectif 2.1 – Un financement clair', false],
    ]);
    view.button('Déplacer l’action').click();
    await view.stable();
    expect(view.errorOf('#deplacer-objectif').message).toBe(
      'Choisissez l’objectif qui accueille l’action.',
    );
    expect(document.activeElement).toBe(view.field('#deplacer-objectif'));

    view.choose('#deplacer-objectif', '23');
    view.button('Déplacer l’action').click();
    const patch = await view.request('/api/actions/31', 'PATCH');
    expect(patch.request.body).toEqual({ objectiveId: 23, version: 6 });
    const moved = anAction({
      code: '2.1.2',
      axisId: 12,
      objectiveId: 23,
      position: 1,
      version: 7,
    });
    patch.flush(moved);
    await answerStructure(view, aPlan(), [ACTIONS[0], moved, ACTIONS[2]]);

    expect(document.querySelector('dialog')).toBeNull();
    expect(view.text()).toContain(
      'L’action « Ouvrir des maisons de santé » a été déplacée ; son code est maintenant 2.1.2.',
    );
    expect(document.activeElement?.textContent?.trim()).toBe(
      'Action 2.1.2 – Ouvrir des maisons de santé',
    );
  });

  it('edits the plan itself with the version seen', async () => {
    view = await openStructure();
    // As a keyboard user does: the button has the focus when it is pressed.
    view.button('Modifier le projet').focus();
    view.button('Modifier le projet').click();
    await view.stable();

    expect(view.field('#projet-titre').value).toBe(
      'Projet stratégique 2025-2027',
    );
    view.type('#projet-description', '');
    view.type('#projet-annee-fin', '2028');
    view.button('Enregistrer le projet').click();
    const patch = await view.request('/api/plans/1', 'PATCH');
    expect(patch.request.body).toEqual({
      title: 'Projet stratégique 2025-2027',
      description: null,
      startYear: 2025,
      endYear: 2028,
      version: 4,
    });
    patch.flush(aPlan({ endYear: 2028, description: null, version: 5 }));
    await answerStructure(
      view,
      aPlan({ endYear: 2028, description: null, version: 5 }),
    );

    expect(document.querySelector('dialog')).toBeNull();
    expect(view.text()).toContain('Période : 2025-2028');
    expect(view.text()).toContain(
      'Le projet « Projet stratégique 2025-2027 » a été enregistré.',
    );
    expect(document.activeElement).toBe(view.button('Modifier le projet'));
  });

  it('shows an archived plan read only, with a notice', async () => {
    view = await openStructure(aPlan({ state: 'archived' }));
    view.button('Tout déplier').click();
    await view.stable();

    expect(view.text()).toContain(
      'Ce projet est archivé : sa structure, ses actions et ses indicateurs se consultent mais ne se modifient plus.',
    );
    const names = Array.from(view.page().querySelectorAll('button'), (button) =>
      button.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(names).toEqual([
      'Voir le fil d’Ariane',
      'Tout déplier',
      'Tout replier',
      'Axe 1 – Garantir l’accès aux soins',
      'Objectif 1.1 – Décliner le Pacte d’accès aux soins',
      'Objectif 1.2 – Aller vers',
      'Axe 2 – Pérennité du système de santé',
      'Objectif 2.1 – Un financement clair',
    ]);
    expect(await axeViolations(view.page())).toEqual([]);
  });
});
