import { TestBed } from '@angular/core/testing';
import { axeViolations } from '../../../testing/axe';
import { StatusMixBarComponent } from './status-mix-bar.component';

describe('StatusMixBarComponent (the météo mix as a stacked bar)', () => {
  async function render(counts: Record<string, { count: number }>) {
    const fixture = TestBed.createComponent(StatusMixBarComponent);
    fixture.componentRef.setInput('counts', counts);
    fixture.componentRef.setInput('caption', 'Météo des actions de l’axe 2');
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }
  const flat = (value: string | null | undefined) =>
    (value ?? '').replace(/[\t\n\r ]+/g, ' ').trim();

  it('draws one segment per météo, worst first, as wide as its count, and gives the figures as a table', async () => {
    const root = await render({
      done: { count: 2 },
      on_track: { count: 6 },
      late: { count: 3 },
      at_risk: { count: 0 },
      abandoned: { count: 1 },
    });
    const segments = Array.from(
      root.querySelectorAll<HTMLElement>('.bsl-mix__segment'),
    );
    expect(segments.map((s) => s.textContent?.trim())).toEqual([
      '3',
      '6',
      '2',
      '1',
    ]);
    expect(segments.map((s) => s.style.flexGrow)).toEqual(['3', '6', '2', '1']);
    expect(segments.map((s) => s.title)).toEqual([
      'En retard : 3',
      'En bonne voie : 6',
      'Terminée : 2',
      'Abandonnée : 1',
    ]);
    // The bar is for the eye; screen readers read the table.
    expect(root.querySelector('.bsl-mix')?.getAttribute('aria-hidden')).toBe(
      'true',
    );
    const table = root.querySelector('table');
    expect(table?.classList).toContain('fr-sr-only');
    expect(flat(table?.querySelector('caption')?.textContent)).toBe(
      'Météo des actions de l’axe 2',
    );
    expect(
      Array.from(table?.querySelectorAll('tbody tr') ?? [], (tr) =>
        Array.from(tr.children, (cell) => flat(cell.textContent)).join(' | '),
      ),
    ).toEqual([
      'En retard | 3 | 25\u00a0%',
      'En bonne voie | 6 | 50\u00a0%',
      'Terminée | 2 | 16,7\u00a0%',
      'Abandonnée | 1 | 8,3\u00a0%',
    ]);
    expect(await axeViolations(root)).toEqual([]);
  });

  it('says so when the node has no action', async () => {
    const root = await render({ late: { count: 0 } });
    expect(root.querySelector('.bsl-mix')).toBeNull();
    expect(root.querySelector('table')).toBeNull();
    expect(flat(root.textContent)).toBe('Aucune action');
  });
});
