import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { RollupExplainPage } from '@boussole/domain';
import { axeViolations } from '../../../testing/axe';
import { query, required } from '../../../testing/query';
import { plan, rollup } from '../testing/fixtures';
import { AxisDetailsComponent } from './axis-details.component';
import { PlanStandingComponent } from './plan-standing.component';

/** The dashboard's explanations ask the API for their own node's lists, as of the roll-up's date. */
describe('the dashboard’s « Comment est-ce calculé ? »', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const flat = (value: string | null | undefined) =>
    (value ?? '').replace(/\s+/g, ' ').trim();
  const pageOf = (node: string): RollupExplainPage => ({
    node,
    asOf: rollup.asOf,
    counted: [{ actionId: 101, code: '1.1.1', weight: 1, progress: 42 }],
    excluded: [{ actionId: 102, code: '1.1.2', reason: 'Action abandonnée' }],
    countedTotal: 1,
    excludedTotal: 1,
    page: 1,
    pageSize: 50,
  });
  /** Opens the explanation whose button names `figure`, and answers its request. */
  async function openExplain(
    host: HTMLElement,
    whenStable: () => Promise<unknown>,
    figure: string,
    node: string,
  ) {
    const button = required(
      Array.from(host.querySelectorAll('bsl-explain > button')).find((b) =>
        flat(b.textContent).endsWith(`(${figure})`),
      ) as HTMLButtonElement | undefined,
    );
    button.click();
    await whenStable();
    const request = http.expectOne(
      (req) => req.url === '/api/plans/1/rollup/explain',
    );
    expect(request.request.params.get('node')).toBe(node);
    expect(request.request.params.get('asOf')).toBe('2026-11-25');
    expect(request.request.params.get('page')).toBe('1');
    request.flush(pageOf(node));
    await whenStable();
    return query(host, `#${button.getAttribute('aria-controls')}`);
  }

  it('the plan’s standing explains the node `plan`', async () => {
    const fixture = TestBed.createComponent(PlanStandingComponent);
    fixture.componentRef.setInput('node', rollup.plan);
    fixture.componentRef.setInput('asOf', rollup.asOf);
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    http.expectNone('/api/plans/1/rollup/explain');
    const panel = await openExplain(
      host,
      () => fixture.whenStable(),
      'Avancement du projet stratégique',
      'plan',
    );
    // The coverage from the node's counts (11 actions, none abandoned), the rows from the API.
    expect(flat(panel.textContent)).toContain('11 actions comptées sur 11.');
    expect(
      Array.from(panel.querySelectorAll('tbody th, tbody td'), (cell) =>
        flat(cell.textContent),
      ),
    ).toEqual(['1.1.1', '1', '42 %']);
    expect(flat(panel.textContent)).toContain('1.1.2 : Action abandonnée');
    expect(await axeViolations(host)).toEqual([]);
  });

  it('an axis’s details explain `axis:<id>`, and each objective `objective:<id>`', async () => {
    const fixture = TestBed.createComponent(AxisDetailsComponent);
    fixture.componentRef.setInput('axis', plan.axes[0]);
    fixture.componentRef.setInput('rollup', rollup.axes[0]);
    fixture.componentRef.setInput('asOf', rollup.asOf);
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    query<HTMLButtonElement>(host, '.fr-accordion__btn').click();
    await fixture.whenStable();
    http.expectNone('/api/plans/1/rollup/explain');
    const stable = () => fixture.whenStable();
    await openExplain(host, stable, 'Avancement de l’axe 1', 'axis:11');
    await openExplain(
      host,
      stable,
      'Avancement de l’objectif 1.1',
      'objective:21',
    );
    const panel = await openExplain(
      host,
      stable,
      'Avancement de l’objectif 1.2',
      'objective:22',
    );
    expect(flat(panel.textContent)).toContain('1.1.2 : Action abandonnée');
    expect(await axeViolations(host)).toEqual([]);
  });

  it('an axis’s details explain nothing before the roll-up’s date is known', async () => {
    const fixture = TestBed.createComponent(AxisDetailsComponent);
    fixture.componentRef.setInput('axis', plan.axes[0]);
    fixture.componentRef.setInput('rollup', rollup.axes[0]);
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    query<HTMLButtonElement>(host, '.fr-accordion__btn').click();
    await fixture.whenStable();
    query<HTMLButtonElement>(host, 'bsl-explain > button').click();
    await fixture.whenStable();
    http.expectNone('/api/plans/1/rollup/explain');
  });
});
