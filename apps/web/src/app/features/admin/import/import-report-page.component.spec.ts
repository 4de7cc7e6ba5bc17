import { axeViolations } from '../../../testing/axe';
import { openAdmin, type AdminView } from '../testing/admin-harness';
import { aReport } from '../testing/import-fixtures';

describe('ImportReportPageComponent', { timeout: 30000 }, () => {
  let view: AdminView;

  afterEach(() => view.http.verify());

  async function open(id: number): Promise<void> {
    view = await openAdmin(`/administration/imports/${id}`);
    await view.navigation;
  }

  it('reads an applied import again: who, when, what it wrote, with links back to the plan', async () => {
    await open(42);
    (await view.request('/api/imports/42')).flush(aReport());
    await view.stable();

    expect(view.page().querySelector('h1')?.textContent?.trim()).toBe(
      'Compte rendu d’import',
    );
    expect(view.text()).toContain('Importé');
    expect(view.text()).toContain(
      'Le fichier « projet.xlsx » (import no 42) a été envoyé le 24/11/2026 à 14:05 par Alice Admin. Ses changements ont été enregistrés en une seule fois.',
    );
    expect(
      Array.from(view.page().querySelectorAll('thead th'), (cell) =>
        cell.textContent?.trim(),
      ).slice(0, 4),
    ).toEqual(['Élément', 'Créés', 'Modifiés', 'Inchangés']);
    expect(view.text()).toContain('Action 1.1.3 – Ouvrir des maisons de santé');
    expect(view.button('Importer un autre fichier').getAttribute('href')).toBe(
      '/administration/plans/1/import',
    );
    expect(
      view.button('Voir la structure du projet').getAttribute('href'),
    ).toBe('/administration/plans/1/structure');
    expect(await axeViolations(view.page())).toEqual([]);
  });

  it('says a refused run wrote nothing and lists its errors at their cells', async () => {
    await open(43);
    (await view.request('/api/imports/43')).flush(
      aReport({
        id: 43,
        applied: false,
        errors: [
          {
            sheet: 'Actions',
            row: 4,
            column: 'F',
            cell: 'Actions!F4',
            message: 'La sous-direction « XYZ » n’existe pas.',
          },
        ],
      }),
    );
    await view.stable();

    expect(view.text()).toContain('Refusé');
    expect(view.text()).toContain(
      'Le fichier contenait des erreurs : rien n’a été enregistré.',
    );
    expect(view.text()).toContain('1 erreur relevée');
    const errorRow = Array.from(view.page().querySelectorAll('tbody tr')).find(
      (row) => row.textContent?.includes('Actions!F4'),
    );
    expect(errorRow?.textContent).toContain(
      'La sous-direction « XYZ » n’existe pas.',
    );
    expect(view.text()).toContain('Ce que le fichier aurait changé');
    expect(await axeViolations(view.page())).toEqual([]);
  });

  it('says when the report cannot be read', async () => {
    await open(99);
    (await view.request('/api/imports/99')).flush(
      { message: 'Import introuvable.' },
      { status: 404, statusText: 'Not Found' },
    );
    await view.stable();
    expect(view.text()).toContain(
      'Le compte rendu de cet import n’a pas pu être affiché.',
    );
  });
});
