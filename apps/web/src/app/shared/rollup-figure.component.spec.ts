import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  emptySignalCounts,
  healthExplanation,
  type RollupExplainPage,
  type RollupNodePayload,
} from '@boussole/domain';
import { RollupFigureComponent } from './rollup-figure.component';

/** An objective 23 points behind its schedule, with no action late: late by the schedule. */
const node: RollupNodePayload = {
  id: 7,
  title: 'Objectif 1.2',
  progress: 42,
  expectedProgress: 65,
  health: 'late',
  healthReason: { rule: 'behind_20', lateShare: 0, atRiskShare: 0, gap: -23 },
  counts: {
    not_started: { count: 0, weight: 0 },
    on_track: { count: 2, weight: 2 },
    at_risk: { count: 0, weight: 0 },
    late: { count: 0, weight: 0 },
    done: { count: 0, weight: 0 },
    abandoned: { count: 0, weight: 0 },
  },
  signals: emptySignalCounts(),
  actionCount: 2,
};

const page: RollupExplainPage = {
  node: 'objective:7',
  asOf: '2026-11-25',
  counted: [
    { actionId: 1, code: '1.2.1', weight: 1, progress: 40 },
    { actionId: 2, code: '1.2.2', weight: 1, progress: 44 },
  ],
  excluded: [],
  countedTotal: 2,
  excludedTotal: 0,
  page: 1,
  pageSize: 50,
};

describe('RollupFigureComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('shows the health, explains it with the domain’s sentence, and fetches its node’s lists once opened', async () => {
    const fixture = TestBed.createComponent(RollupFigureComponent);
    fixture.componentRef.setInput('node', node);
    fixture.componentRef.setInput('figure', 'Avancement de l’objectif 1.2');
    fixture.componentRef.setInput('source', {
      planId: 1,
      node: 'objective:7',
      asOf: '2026-11-25',
    });
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    expect(host.textContent).toContain('En retard');
    (host.querySelector('bsl-explain button') as HTMLButtonElement).click();
    await fixture.whenStable();
    const text = () => host.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(healthExplanation(node)).toBe(
      'En retard : l’avancement (42\u00a0%) a 23\u00a0points de retard sur l’attendu (65\u00a0%), plus de 20\u00a0points.',
    );
    // Spaces, no-break ones included, are compared flattened.
    expect(text()).toContain(
      `État — ${healthExplanation(node)}`.replace(/\s+/g, ' '),
    );
    expect(text()).toContain('2 actions comptées sur 2.');

    const request = http.expectOne(
      (req) => req.url === '/api/plans/1/rollup/explain',
    );
    expect(request.request.params.toString()).toBe(
      'node=objective:7&asOf=2026-11-25&page=1&pageSize=50',
    );
    request.flush(page);
    await fixture.whenStable();
    expect(
      Array.from(host.querySelectorAll('tbody th'), (th) =>
        th.textContent?.trim(),
      ),
    ).toEqual(['1.2.1', '1.2.2']);
  });
});
