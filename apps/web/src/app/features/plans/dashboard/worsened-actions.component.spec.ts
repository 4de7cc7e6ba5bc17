import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ActionChange, PlanChanges } from '@boussole/domain';
import { axeViolations } from '../../../testing/axe';
import { changes } from '../testing/fixtures';
import { WorsenedActionsComponent } from './worsened-actions.component';

const flat = (value: string | null | undefined) =>
  (value ?? '').replace(/[\t\n\r ]+/g, ' ').trim();

/** Action `n` whose progress fell by `n` points, its météo unchanged. */
const fell = (n: number): ActionChange => ({
  ...changes.changes[0],
  actionId: 200 + n,
  code: `2.1.${n}`,
  title: `Action ${n}`,
  before: { status: 'on_track', progress: 50 },
  after: { status: 'on_track', progress: 50 - n },
});

describe('WorsenedActionsComponent (the actions that got worse)', () => {
  async function render(answer: PlanChanges) {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(WorsenedActionsComponent);
    fixture.componentRef.setInput('state', { status: 'ready', value: answer });
    await fixture.whenStable();
    return { fixture, root: fixture.nativeElement as HTMLElement };
  }

  it('lists the worst five first with their from → to, the others one click away', async () => {
    const improved: ActionChange = {
      ...changes.changes[0],
      actionId: 300,
      code: '3.1.1',
      before: { status: 'late', progress: 10 },
      after: { status: 'on_track', progress: 30 },
    };
    const { fixture, root } = await render({
      since: '2026-09-25',
      sinceCycle: {
        id: 107,
        label: 'T3 2026',
        frozenAt: '2026-09-25T16:00:00Z',
      },
      changes: [
        fell(1),
        fell(2),
        improved,
        ...changes.changes,
        fell(3),
        fell(4),
        fell(5),
        fell(6),
      ],
    });
    expect(flat(root.querySelector('h2')?.textContent)).toBe(
      'Actions dégradées depuis la campagne T3 2026',
    );
    const codes = () =>
      Array.from(
        root.querySelectorAll('li .fr-text--bold'),
        (b) => b.textContent,
      );
    // A worse météo first, then the largest loss of progress; the improved action is not listed.
    expect(codes()).toEqual(['1.1.1', '2.1.6', '2.1.5', '2.1.4', '2.1.3']);
    expect(flat(root.querySelectorAll('li')[1].textContent)).toBe(
      '2.1.6\u00a0Action 6Météo : En bonne voie (inchangée)Avancement : De 50\u00a0% → à 44\u00a0% ▼\u00a06\u00a0pts (en baisse de 6\u00a0points)',
    );
    expect(root.querySelector('a')?.getAttribute('href')).toBe('/actions/101');
    expect(await axeViolations(root)).toEqual([]);

    const more = root.querySelector<HTMLButtonElement>('button');
    expect(flat(more?.textContent)).toBe(
      'Afficher les 2 autres actions dégradées',
    );
    more?.click();
    await fixture.whenStable();
    expect(codes()).toEqual([
      '1.1.1',
      '2.1.6',
      '2.1.5',
      '2.1.4',
      '2.1.3',
      '2.1.2',
      '2.1.1',
    ]);
    expect(root.querySelector('button')).toBeNull();
  });

  it('says so when nothing got worse', async () => {
    const { root } = await render({ since: '2020-08-17', changes: [] });
    expect(flat(root.querySelector('h2')?.textContent)).toBe(
      'Actions dégradées depuis le 17/08/2020',
    );
    expect(flat(root.textContent)).toContain(
      'Aucune action ne s’est dégradée.',
    );
  });
});
