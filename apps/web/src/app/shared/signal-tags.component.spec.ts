import { TestBed } from '@angular/core/testing';
import { emptySignalCounts, type SignalKind } from '@boussole/domain';
import { SignalTagsComponent } from './signal-tags.component';

describe('SignalTagsComponent', () => {
  async function render(
    kinds: SignalKind[],
    counts: Record<SignalKind, number> | null = null,
  ) {
    const fixture = TestBed.createComponent(SignalTagsComponent);
    fixture.componentRef.setInput('kinds', kinds);
    fixture.componentRef.setInput('counts', counts);
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    return Array.from(host.querySelectorAll('li'), (li) =>
      li.textContent?.trim(),
    );
  }

  it('shows the French labels, and nothing without signals', async () => {
    expect(await render(['overdue', 'stale'])).toEqual([
      'Échéance dépassée',
      'À mettre à jour',
    ]);
    expect(await render([])).toEqual([]);
  });

  it('draws each signal as an outlined tag with its own icon, not as a météo badge', async () => {
    const fixture = TestBed.createComponent(SignalTagsComponent);
    fixture.componentRef.setInput('kinds', ['overdue', 'regional_laggard']);
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    const tags = Array.from(host.querySelectorAll('.fr-tag'));
    expect(tags.map((tag) => tag.textContent?.trim())).toEqual([
      'Échéance dépassée',
      'En retard sur les autres régions',
    ]);
    expect(tags[0].classList).toContain('fr-icon-calendar-close-line');
    expect(tags[1].classList).toContain('fr-icon-map-pin-2-line');
    expect(host.querySelector('.fr-badge')).toBeNull();
  });

  it('adds the counts and leaves out the kinds at zero', async () => {
    const counts = { ...emptySignalCounts(), stale: 12 };
    expect(await render(['overdue', 'stale'], counts)).toEqual([
      'À mettre à jour\u00a0: 12',
    ]);
  });
});
