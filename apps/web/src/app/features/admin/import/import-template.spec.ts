import { TestBed } from '@angular/core/testing';
import { FileDownload } from '../../../shared/export-menu/file-download';
import { eventually } from '../../../testing/page';
import { required } from '../../../testing/query';
import { aPlan } from '../testing/admin-fixtures';
import { openAdmin, type AdminView } from '../testing/admin-harness';

describe('ImportPageComponent: the template', { timeout: 30000 }, () => {
  let view: AdminView;

  afterEach(() => view.http.verify());

  async function open(): Promise<void> {
    view = await openAdmin('/administration/plans/1/import');
    (await view.request('/api/plans/1')).flush(aPlan());
    await view.navigation;
    await view.stable();
  }

  it('fetches the template as a file, and shows the API’s refusal instead of saving it', async () => {
    await open();
    const save = vi
      .spyOn(TestBed.inject(FileDownload), 'save')
      .mockImplementation(() => undefined);

    view.button('Télécharger le modèle XLSX').click();
    await view.stable();
    expect(
      view
        .page()
        .querySelector('[role=status].fr-text--sm')
        ?.textContent?.trim(),
    ).toBe('Préparation du modèle…');
    (await view.request('/api/imports/plans/1/template.xlsx')).flush(
      new Blob([
        JSON.stringify({
          statusCode: 409,
          error: 'Conflict',
          message: 'Ce projet est archivé : sa structure ne s’importe plus.',
        }),
      ]),
      { status: 409, statusText: 'Conflict' },
    );
    const alert = await eventually(() => {
      view.harness.detectChanges();
      return required(view.page().querySelector('[role=alert]'));
    });
    expect(alert.textContent?.trim()).toBe(
      'Ce projet est archivé : sa structure ne s’importe plus.',
    );
    expect(save).not.toHaveBeenCalled();

    view.button('Télécharger le modèle XLSX').click();
    (await view.request('/api/imports/plans/1/template.xlsx')).flush(
      new Blob(['PK']),
    );
    await eventually(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save.mock.calls[0][1]).toBe('modele-import-1.xlsx');
  });
});
