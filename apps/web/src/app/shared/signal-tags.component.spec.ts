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

  it('adds the counts and leaves out the kinds at zero', async () => {
    const counts = { ...emptySignalCounts(), stale: 12 };
    expect(await render(['overdue', 'stale'], counts)).toEqual([
      'À mettre à jour : 12',
    ]);
  });
});
