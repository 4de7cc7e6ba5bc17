import { HttpEventType } from '@angular/common/http';
import { axeViolations } from '../../../testing/axe';
import { eventually } from '../../../testing/page';
import { aPlan } from '../testing/admin-fixtures';
import { openAdmin, type AdminView } from '../testing/admin-harness';
import { NONE, aDryRun, aFile, aReport } from '../testing/import-fixtures';

describe('ImportPageComponent', { timeout: 30000 }, () => {
  let view: AdminView;

  afterEach(() => view.http.verify());

  async function open(): Promise<void> {
    view = await openAdmin('/administration/plans/1/import');
    (await view.request('/api/plans/1')).flush(aPlan());
    await view.navigation;
    await view.stable();
  }

  async function choose(file: File): Promise<void> {
    const input = view.field('#import-fichier');
    Object.defineProperty(input, 'files', {
      configurable: true,
      value: {
        0: file,
        length: 1,
        item: (index: number) => (index === 0 ? file : null),
      },
    });
    input.dispatchEvent(new Event('change'));
    await view.stable();
  }

  /** The upload group's DSFR error state and the message the input is described by. */
  const fileError = () => {
    const input = view.field('#import-fichier');
    const messages = input.getAttribute('aria-describedby');
    return {
      inError: !!input
        .closest('.fr-upload-group')
        ?.classList.contains('fr-upload-group--error'),
      message:
        (messages && document.getElementById(messages)?.textContent?.trim()) ||
        '',
    };
  };

  async function check(): Promise<void> {
    view.button('Vérifier le fichier').click();
    await view.stable();
  }

  const section = (id: string) =>
    view
      .page()
      .querySelector(`[aria-labelledby="${id}"]`)
      ?.textContent?.replace(/[ \t\n\r]+/g, ' ')
      .trim() ?? '';
  const status = () =>
    view
      .page()
      .querySelector('[role=status].fr-mt-2w')
      ?.textContent?.replace(/[ \t\n\r]+/g, ' ')
      .trim() ?? '';

  it('offers the template and refuses a file too big or not an .xlsx before sending it', async () => {
    await open();

    expect(view.page().querySelector('h1')?.textContent?.trim()).toBe(
      'Importer depuis un tableur',
    );
    expect(view.text()).toContain('« Projet stratégique 2025-2027 »');
    const template = view.button('Télécharger le modèle XLSX');
    expect(template.getAttribute('href')).toBe(
      '/api/imports/plans/1/template.xlsx',
    );
    expect(template.hasAttribute('download')).toBe(true);
    expect(view.field('#import-fichier').getAttribute('accept')).toContain(
      '.xlsx',
    );
    expect(section('import-fichier-titre')).toContain(
      'Format .xlsx, 10\u00a0Mo au plus.',
    );
    expect(await axeViolations(view.page())).toEqual([]);

    await check();
    expect(fileError().message).toBe('Choisissez le fichier à importer.');

    await choose(aFile('projet.xlsx', 11 * 1024 * 1024));
    await check();
    expect(fileError()).toEqual({
      inError: true,
      message: 'Le fichier pèse 11\u00a0Mo : la limite est de 10\u00a0Mo.',
    });
    expect(view.field('#import-fichier').getAttribute('aria-invalid')).toBe(
      'true',
    );
    await eventually(() =>
      expect(document.activeElement).toBe(view.field('#import-fichier')),
    );
    expect(await axeViolations(view.page())).toEqual([]);

    await choose(aFile('projet.csv'));
    await check();
    expect(fileError().message).toBe(
      'Le fichier doit être un classeur Excel au format .xlsx.',
    );
    view.http.expectNone('/api/imports/plans/1');
  });

  it('checks the file with its upload progress, shows the errors with their cells, and keeps the import off', async () => {
    await open();
    await choose(aFile('projet.xlsx'));
    await check();

    const dryRun = await view.request('/api/imports/plans/1', 'POST');
    expect(dryRun.request.params.get('dryRun')).toBe('true');
    expect(dryRun.request.reportProgress).toBe(true);
    const body = dryRun.request.body as FormData;
    expect((body.get('file') as File).name).toBe('projet.xlsx');

    dryRun.event({
      type: HttpEventType.UploadProgress,
      loaded: 512,
      total: 2048,
    });
    await view.stable();
    const bar = view
      .page()
      .querySelector('[role=progressbar][aria-label="Envoi du fichier"]');
    expect(bar?.getAttribute('aria-valuenow')).toBe('25');
    expect(status()).toBe('Envoi du fichier…');
    expect(
      (view.button('Vérifier le fichier') as HTMLButtonElement).disabled,
    ).toBe(true);
    expect(await axeViolations(view.page())).toEqual([]);

    dryRun.event({
      type: HttpEventType.UploadProgress,
      loaded: 2048,
      total: 2048,
    });
    await view.stable();
    expect(status()).toBe('Vérification du fichier…');

    dryRun.flush(
      aDryRun({
        errors: [
          {
            sheet: 'Actions',
            row: 12,
            column: 'F',
            cell: 'Actions!F12',
            message: 'La date « 31/02/2026 » n’existe pas.',
          },
          {
            sheet: 'Mesures',
            row: null,
            column: null,
            cell: null,
            message: 'La feuille « Mesures » manque.',
          },
        ],
      }),
    );
    await view.stable();

    expect(status()).toBe('');
    expect(view.page().querySelector('[role=progressbar]')).toBeNull();
    await eventually(() =>
      expect(document.activeElement).toBe(
        view.page().querySelector('#import-apercu'),
      ),
    );
    expect(section('import-apercu')).toContain(
      'Le fichier contient 2 erreurs\u00a0: corrigez-les dans le classeur',
    );
    const errors = Array.from(
      view
        .page()
        .querySelectorAll('[aria-labelledby="import-erreurs"] tbody tr'),
      (row) =>
        Array.from(
          row.children,
          (cell) => `${cell.tagName}:${cell.textContent?.trim()}`,
        ),
    );
    expect(errors).toEqual([
      ['TH:Actions!F12', 'TD:La date « 31/02/2026 » n’existe pas.'],
      ['TH:Mesures', 'TD:La feuille « Mesures » manque.'],
    ]);
    expect(
      view
        .page()
        .querySelector('[aria-labelledby="import-erreurs"] caption')
        ?.textContent?.trim(),
    ).toBe('Erreurs à corriger dans le fichier');
    expect((view.button('Importer') as HTMLButtonElement).disabled).toBe(true);
    expect(await axeViolations(view.page())).toEqual([]);
  });

  it('previews the changes by kind, then imports after the confirmation and shows the report', async () => {
    await open();
    await choose(aFile('projet.xlsx'));
    await check();
    (await view.request('/api/imports/plans/1', 'POST')).flush(aDryRun());
    await view.stable();

    const counts = Array.from(
      view
        .page()
        .querySelectorAll(
          '[aria-labelledby="import-apercu"] bsl-import-summary tbody tr',
        ),
      (row) => Array.from(row.children, (cell) => cell.textContent?.trim()),
    );
    expect(counts).toEqual([
      ['Axes', '0', '0', '2'],
      ['Objectifs', '0', '1', '2'],
      ['Actions', '1', '1', '1'],
      ['Indicateurs', '0', '0', '0'],
      ['Mesures', '0', '0', '0'],
    ]);
    expect(section('import-creations')).toBe(
      'À créer Actions (1) Action 1.1.3 – Ouvrir des maisons de santé',
    );
    expect(section('import-modifications')).toBe(
      'À modifier Objectifs (1) Objectif 1.2 – Aller vers Titre\u00a0: Aller vers →devient Aller vers les patients ' +
        'Actions (1) Action 1.1.1 – Déployer les CPTS Poids\u00a0: 1 →devient 2,5 Description\u00a0: (vide) →devient Partout.',
    );
    expect(
      view.page().querySelector('[aria-labelledby="import-erreurs"]'),
    ).toBeNull();
    expect(await axeViolations(view.page())).toEqual([]);

    const importButton = view.button('Importer') as HTMLButtonElement;
    expect(importButton.disabled).toBe(false);
    importButton.focus();
    importButton.click();
    await view.stable();
    expect(view.dialog().querySelector('h2')?.textContent?.trim()).toBe(
      'Importer « projet.xlsx » ?',
    );
    expect(view.dialogText()).toContain(
      '1 création et 2 modifications seront enregistrées en une seule fois',
    );
    expect(await axeViolations(document.body)).toEqual([]);

    // A refusal stays in the dialog.
    view.button('Confirmer l’import').click();
    (await view.request('/api/imports/plans/1', 'POST')).flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message:
          'Le projet a changé depuis la vérification : vérifiez de nouveau le fichier.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await view.stable();
    expect(view.dialogText()).toContain(
      'Le projet a changé depuis la vérification',
    );

    view.button('Confirmer l’import').click();
    const apply = await view.request('/api/imports/plans/1', 'POST');
    expect(apply.request.params.has('dryRun')).toBe(false);
    expect(((apply.request.body as FormData).get('file') as File).name).toBe(
      'projet.xlsx',
    );
    apply.flush(aReport());
    await view.stable();

    expect(document.querySelector('dialog')).toBeNull();
    await eventually(() =>
      expect(document.activeElement).toBe(
        view.page().querySelector('#import-rapport'),
      ),
    );
    expect(section('import-rapport')).toContain(
      'Le fichier « projet.xlsx » a été importé le 24/11/2026 à 14:05 par Alice Admin (compte rendu de l’import no\u00a042).',
    );
    expect(
      view.button('compte rendu de l’import no 42').getAttribute('href'),
    ).toBe('/administration/imports/42');
    expect(
      Array.from(
        view
          .page()
          .querySelectorAll('[aria-labelledby="import-rapport"] thead th'),
        (cell) => cell.textContent?.trim(),
      ),
    ).toEqual(['Élément', 'Créés', 'Modifiés', 'Inchangés']);
    expect(view.page().querySelector('#import-apercu')).toBeNull();
    expect(
      view.button('Voir la structure du projet').getAttribute('href'),
    ).toBe('/administration/plans/1/structure');
    expect(await axeViolations(view.page())).toEqual([]);
  });

  it('says when the file changes nothing, and keeps the import off', async () => {
    await open();
    await choose(aFile('projet.xlsx'));
    await check();
    (await view.request('/api/imports/plans/1', 'POST')).flush(
      aDryRun({
        changes: [],
        counts: {
          axis: { create: 0, change: 0, unchanged: 2 },
          objective: { create: 0, change: 0, unchanged: 3 },
          action: { create: 0, change: 0, unchanged: 3 },
          indicator: NONE,
          measurement: NONE,
        },
      }),
    );
    await view.stable();
    expect(section('import-apercu')).toContain(
      'Le fichier ne change rien au projet\u00a0: il n’y a rien à importer.',
    );
    expect((view.button('Importer') as HTMLButtonElement).disabled).toBe(true);
  });
});
