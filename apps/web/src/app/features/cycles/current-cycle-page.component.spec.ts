import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { DIRECTOR, aPlanSummary } from '../admin/testing/admin-fixtures';
import { CYCLE } from './testing/cycle-fixtures';
import { openCycles, type CycleView } from './testing/cycle-harness';

describe('CurrentCyclePageComponent', () => {
  let view: CycleView;

  afterEach(() => view.http.verify());

  it('goes to the default plan’s open cycle', async () => {
    view = await openCycles('/campagnes', DIRECTOR);
    (await view.request('/api/plans')).flush([
      aPlanSummary({ id: 5, state: 'archived', startYear: 2015 }),
      aPlanSummary(),
    ]);
    const cycles = await view.request('/api/cycles');
    expect(cycles.request.params.get('plan')).toBe('1');
    cycles.flush([
      { ...CYCLE, id: 8, label: 'T3 2026', state: 'closed' },
      CYCLE,
    ]);
    // The cycle's own page takes over.
    await view.request('/api/cycles/9/completeness');
    expect(TestBed.inject(Router).url).toBe('/campagnes/9');
    view.http.match(() => true);
  });

  it('says so when the plan has no cycle yet', async () => {
    view = await openCycles('/campagnes', DIRECTOR);
    (await view.request('/api/plans')).flush([aPlanSummary()]);
    (await view.request('/api/cycles')).flush([]);
    await view.stable();

    expect(view.page().querySelector('h1')?.textContent?.trim()).toBe(
      'Campagne de suivi',
    );
    expect(view.text()).toContain(
      'Le projet stratégique n’a pas encore de campagne de suivi.',
    );
  });
});
