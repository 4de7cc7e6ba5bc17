import { TestBed } from '@angular/core/testing';
import type { RollupExplainPayload } from '@boussole/domain';
import { ExplainComponent } from './explain.component';

const explain: RollupExplainPayload = {
  counted: [
    { actionId: 1, code: '1.1.1', weight: 2, progress: 40 },
    { actionId: 2, code: '1.1.2', weight: 1, progress: 70 },
  ],
  excluded: [{ actionId: 3, code: '1.1.3', reason: 'Action abandonnée' }],
};

describe('ExplainComponent', () => {
  async function render() {
    const fixture = TestBed.createComponent(ExplainComponent);
    fixture.componentRef.setInput('explain', explain);
    fixture.componentRef.setInput('figure', 'Avancement de l’axe 1');
    fixture.componentRef.setInput('progress', 50);
    await fixture.whenStable();
    return { fixture, host: fixture.nativeElement as HTMLElement };
  }

  it('is a collapsed disclosure that controls its panel', async () => {
    const { host } = await render();
    const button = host.querySelector('button') as HTMLButtonElement;
    expect(button.textContent).toContain('Comment est-ce calculé ?');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const panel = host.querySelector(
      `#${button.getAttribute('aria-controls')}`,
    ) as HTMLElement;
    expect(panel.hidden).toBe(true);
  });

  it('lists the counted actions with weight and progress, the excluded ones with their reason', async () => {
    const { fixture, host } = await render();
    const button = host.querySelector('button') as HTMLButtonElement;
    button.click();
    await fixture.whenStable();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const text = host.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text).toContain(
      'Moyenne des avancements des 2 actions comptées, pondérée par leur poids',
    );
    expect(text).toContain('2 actions comptées sur 3');
    const rows = Array.from(host.querySelectorAll('tbody tr'), (row) =>
      Array.from(row.children, (cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['1.1.1', '2', '40\u00a0%'],
      ['1.1.2', '1', '70\u00a0%'],
    ]);
    expect(host.querySelector('caption')?.textContent?.trim()).toBe(
      'Actions comptées',
    );
    expect(text).toContain('1.1.3 : Action abandonnée');
    // Without a health given, nothing is said about it.
    expect(text).not.toContain('État');
  });

  it('explains the health by the rule that decided it, when given', async () => {
    const { fixture, host } = await render();
    fixture.componentRef.setInput(
      'health',
      'En retard : l’avancement (42\u00a0%) a 23\u00a0points de retard sur l’attendu (65\u00a0%), plus de 20\u00a0points.',
    );
    (host.querySelector('button') as HTMLButtonElement).click();
    await fixture.whenStable();
    const paragraphs = Array.from(host.querySelectorAll('p'), (p) =>
      p.textContent?.replace(/[ \n]+/g, ' ').trim(),
    );
    expect(paragraphs).toContain(
      'État — En retard : l’avancement (42\u00a0%) a 23\u00a0points de retard sur l’attendu (65\u00a0%), plus de 20\u00a0points.',
    );
  });
});
