import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
  type TestRequest,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type {
  RollupExplainPage,
  RollupExplainPayload,
  RollupNodePayload,
} from '@boussole/domain';
import { axeViolations } from '../testing/axe';
import { query, required } from '../testing/query';
import { EXPLAIN_PAGE_SIZE, ExplainComponent } from './explain.component';

const explain: RollupExplainPayload = {
  counted: [
    { actionId: 1, code: '1.1.1', weight: 2, progress: 40 },
    { actionId: 2, code: '1.1.2', weight: 1, progress: 70 },
  ],
  excluded: [{ actionId: 3, code: '1.1.3', reason: 'Action abandonnée' }],
};

/** An axis of 120 actions, 5 of them abandoned: three pages of 50. */
const NODE: Pick<RollupNodePayload, 'counts' | 'actionCount'> = {
  actionCount: 120,
  counts: {
    not_started: { count: 15, weight: 15 },
    on_track: { count: 60, weight: 60 },
    at_risk: { count: 20, weight: 20 },
    late: { count: 10, weight: 10 },
    done: { count: 10, weight: 10 },
    abandoned: { count: 5, weight: 5 },
  },
};
const SOURCE = { planId: 1, node: 'axis:11', asOf: '2026-11-25' };

/** Page `page` of the ordered list: 115 counted actions 1.1.1…1.1.115, then 5 excluded. */
function explainPage(page: number): RollupExplainPage {
  const rows = Array.from({ length: 120 }, (_, i) => i + 1).slice(
    (page - 1) * EXPLAIN_PAGE_SIZE,
    page * EXPLAIN_PAGE_SIZE,
  );
  return {
    node: 'axis:11',
    asOf: '2026-11-25',
    counted: rows
      .filter((n) => n <= 115)
      .map((n) => ({ actionId: n, code: `1.1.${n}`, weight: 1, progress: 50 })),
    excluded: rows
      .filter((n) => n > 115)
      .map((n) => ({
        actionId: n,
        code: `1.1.${n}`,
        reason: 'Action abandonnée',
      })),
    countedTotal: 115,
    excludedTotal: 5,
    page,
    pageSize: EXPLAIN_PAGE_SIZE,
  };
}

describe('ExplainComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const flat = (value: string | null | undefined) =>
    (value ?? '').replace(/\s+/g, ' ').trim();

  describe('with its lists inline (the regional roll-up)', () => {
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
      const text = flat(host.textContent);
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
      // Without a health given, nothing is said about it; everything is there: no pages.
      expect(text).not.toContain('État');
      expect(text).not.toContain('Actions affichées');
      expect(text).not.toContain('Afficher les actions suivantes');
      // Inline lists are never fetched (verified after each test).
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

  describe('fetching a plan node’s lists on demand', () => {
    async function render() {
      const fixture = TestBed.createComponent(ExplainComponent);
      fixture.componentRef.setInput('source', SOURCE);
      fixture.componentRef.setInput('node', NODE);
      fixture.componentRef.setInput('figure', 'Avancement de l’axe 1');
      fixture.componentRef.setInput('progress', 50);
      await fixture.whenStable();
      const host = fixture.nativeElement as HTMLElement;
      const toggle = query<HTMLButtonElement>(host, 'button');
      return { fixture, host, toggle };
    }
    const explainUrl = '/api/plans/1/rollup/explain';
    const expectPage = (page: number): TestRequest => {
      const request = http.expectOne((req) => req.url === explainUrl);
      expect(request.request.method).toBe('GET');
      expect(request.request.params.get('node')).toBe('axis:11');
      expect(request.request.params.get('asOf')).toBe('2026-11-25');
      expect(request.request.params.get('page')).toBe(String(page));
      expect(request.request.params.get('pageSize')).toBe('50');
      return request;
    };
    const buttonNamed = (host: HTMLElement, name: string) =>
      Array.from(host.querySelectorAll('button')).find(
        (button) => flat(button.textContent) === name,
      ) ?? null;
    const codes = (host: HTMLElement) =>
      Array.from(host.querySelectorAll('[data-row]'), (row) =>
        flat(row.textContent),
      );

    it('fetches nothing until opened, then page 1, and says its figures from the node meanwhile', async () => {
      const { fixture, host, toggle } = await render();
      http.expectNone(explainUrl);
      toggle.click();
      await fixture.whenStable();
      const page1 = expectPage(1);
      const text = flat(host.textContent);
      expect(text).toContain(
        'Moyenne des avancements des 115 actions comptées',
      );
      expect(text).toContain('115 actions comptées sur 120.');
      expect(flat(host.querySelector('[role=status]')?.textContent)).toBe(
        'Chargement…',
      );
      page1.flush(explainPage(1));
      await fixture.whenStable();
      expect(host.querySelector('[role=status]')?.textContent?.trim()).toBe('');
      expect(host.querySelectorAll('tbody tr')).toHaveLength(50);
      expect(codes(host)[49]).toBe('1.1.50');
      expect(flat(host.textContent)).toContain(
        'Actions affichées : 50 sur 120',
      );
      expect(await axeViolations(host)).toEqual([]);
    });

    it('appends the next pages, announces them politely, and keeps the focus where the reading goes on', async () => {
      const { fixture, host, toggle } = await render();
      toggle.click();
      await fixture.whenStable();
      expectPage(1).flush(explainPage(1));
      await fixture.whenStable();

      const more = required(
        buttonNamed(host, 'Afficher les actions suivantes'),
      );
      const shown = query(host, `#${more.getAttribute('aria-describedby')}`);
      expect(flat(shown.textContent)).toBe('Actions affichées : 50 sur 120');
      more.focus();
      more.click();
      await fixture.whenStable();
      expectPage(2).flush(explainPage(2));
      await fixture.whenStable();
      expect(codes(host)).toHaveLength(100);
      expect(codes(host)[50]).toBe('1.1.51');
      const live = query(host, '[aria-live=polite]');
      expect(flat(live.textContent)).toBe(
        '50 actions de plus affichées : 100 sur 120.',
      );
      // More to come: the button stays, and so does the focus.
      expect(document.activeElement).toBe(more);

      more.click();
      await fixture.whenStable();
      expectPage(3).flush(explainPage(3));
      await fixture.whenStable();
      // The last page: 15 counted actions, then the 5 left out, in their own list.
      expect(host.querySelectorAll('tbody tr')).toHaveLength(115);
      expect(codes(host).slice(-6)).toEqual([
        '1.1.115',
        '1.1.116 : Action abandonnée',
        '1.1.117 : Action abandonnée',
        '1.1.118 : Action abandonnée',
        '1.1.119 : Action abandonnée',
        '1.1.120 : Action abandonnée',
      ]);
      expect(flat(live.textContent)).toBe(
        '20 actions de plus affichées : 120 sur 120.',
      );
      expect(buttonNamed(host, 'Afficher les actions suivantes')).toBeNull();
      // The button is gone: the focus goes to the first row it brought.
      expect(document.activeElement).toBe(query(host, '[data-row="100"]'));
      expect(flat(document.activeElement?.textContent)).toBe('1.1.101');
      expect(await axeViolations(host)).toEqual([]);
    });

    it('keeps what it fetched when closed and opened again', async () => {
      const { fixture, host, toggle } = await render();
      toggle.click();
      await fixture.whenStable();
      expectPage(1).flush(explainPage(1));
      await fixture.whenStable();
      toggle.click();
      await fixture.whenStable();
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
      toggle.click();
      await fixture.whenStable();
      http.expectNone(explainUrl);
      expect(host.querySelectorAll('tbody tr')).toHaveLength(50);
    });

    it('starts afresh with a new roll-up: fetched again at once when open, on opening otherwise', async () => {
      const { fixture, host, toggle } = await render();
      toggle.click();
      await fixture.whenStable();
      expectPage(1).flush(explainPage(1));
      await fixture.whenStable();

      // A live refresh: the same node, new figures.
      fixture.componentRef.setInput('node', { ...NODE });
      await fixture.whenStable();
      expect(host.querySelector('tbody')).toBeNull();
      expectPage(1).flush(explainPage(1));
      await fixture.whenStable();
      expect(host.querySelectorAll('tbody tr')).toHaveLength(50);

      // Another date, panel closed: nothing until it is opened.
      toggle.click();
      await fixture.whenStable();
      fixture.componentRef.setInput('source', {
        ...SOURCE,
        asOf: '2026-06-30',
      });
      await fixture.whenStable();
      http.expectNone(explainUrl);
      toggle.click();
      await fixture.whenStable();
      const request = http.expectOne((req) => req.url === explainUrl);
      expect(request.request.params.get('asOf')).toBe('2026-06-30');
      expect(request.request.params.get('page')).toBe('1');
      request.flush(explainPage(1));
    });

    it('says in French when the lists could not be fetched, and tries again on request', async () => {
      const { fixture, host, toggle } = await render();
      toggle.click();
      await fixture.whenStable();
      expectPage(1).flush(
        {
          statusCode: 404,
          error: 'Not Found',
          message: 'Ce nœud n’existe pas dans ce projet stratégique.',
        },
        { status: 404, statusText: 'Not Found' },
      );
      await fixture.whenStable();
      expect(flat(query(host, '[role=alert]').textContent)).toBe(
        'Les actions du calcul n’ont pas pu être chargées. Ce nœud n’existe pas dans ce projet stratégique.',
      );
      // What the node's own figures say stays.
      expect(flat(host.textContent)).toContain('115 actions comptées sur 120.');
      expect(await axeViolations(host)).toEqual([]);

      const retry = required(buttonNamed(host, 'Réessayer'));
      retry.focus();
      retry.click();
      await fixture.whenStable();
      expect(host.querySelector('[role=alert]')).toBeNull();
      expectPage(1).flush(explainPage(1));
      await fixture.whenStable();
      expect(host.querySelectorAll('tbody tr')).toHaveLength(50);
      // The retry button is gone: the focus goes to the first row.
      expect(document.activeElement).toBe(query(host, '[data-row="0"]'));
    });

    it('fetches nothing for a node without actions', async () => {
      const fixture = TestBed.createComponent(ExplainComponent);
      fixture.componentRef.setInput('source', SOURCE);
      fixture.componentRef.setInput('node', {
        actionCount: 0,
        counts: {
          ...NODE.counts,
          not_started: { count: 0, weight: 0 },
          on_track: { count: 0, weight: 0 },
          at_risk: { count: 0, weight: 0 },
          late: { count: 0, weight: 0 },
          done: { count: 0, weight: 0 },
          abandoned: { count: 0, weight: 0 },
        },
      });
      await fixture.whenStable();
      const host = fixture.nativeElement as HTMLElement;
      query<HTMLButtonElement>(host, 'button').click();
      await fixture.whenStable();
      http.expectNone(explainUrl);
      expect(flat(host.textContent)).toContain(
        'Aucune action n’est comptée : l’avancement ne peut pas être calculé.',
      );
    });
  });
});
