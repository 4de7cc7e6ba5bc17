import { TestBed } from '@angular/core/testing';
import { FileDownload } from '../../shared/export-menu/file-download';
import { eventually } from '../../testing/page';
import { DIRECTOR } from '../admin/testing/admin-fixtures';
import { openCyclePage } from './testing/cycle-harness';

describe('CyclePageComponent: exports', { timeout: 30000 }, () => {
  it('exports the frozen state of the cycle shown (?cycle=), for its plan', async () => {
    const view = await openCyclePage(DIRECTOR);
    const save = vi
      .spyOn(TestBed.inject(FileDownload), 'save')
      .mockImplementation(() => undefined);

    view.button('Exporter').click();
    await view.stable();
    view.button('Note CODIR (.pdf)').click();
    const pdf = await view.request('/api/exports/plans/1/briefing.pdf');
    expect(pdf.request.params.get('cycle')).toBe('9');
    expect(pdf.request.params.has('asOf')).toBe(false);
    pdf.flush(new Blob(['%PDF']));
    await eventually(() => expect(save).toHaveBeenCalledTimes(1));
  });
});
