import { effectiveStatus, elapsedShare, nodeHealth, nodeScheduleGap, rollupNode, type Status } from '@boussole/domain';
import { DEMO_ACCOUNTS } from '../demo-accounts';
import { AXIS_1 } from './axis-1.content';
import { AXIS_2 } from './axis-2.content';
import { COMMENTS_AXES_1_2 } from './comments-axes-1-2.content';
import type { DemoAction, DemoAxis, DemoObjective, DemoStory } from './demo-content.types';

const TODAY = '2026-11-25';
const UNITS = ['PF', 'RH', 'R', 'Q', 'N', 'DNS'];
const STATUSES: Status[] = ['not_started', 'on_track', 'at_risk', 'late', 'done', 'abandoned'];

interface Coded {
  code: string;
  objective: DemoObjective;
  action: DemoAction;
}

const AXES: DemoAxis[] = [AXIS_1, AXIS_2];
const ACTIONS: Coded[] = AXES.flatMap((axis) =>
  axis.objectives.flatMap((objective) =>
    objective.actions.map((action) => ({ code: `${axis.number}.${objective.number}.${action.number}`, objective, action })),
  ),
);

function isValidDate(value: string | undefined): boolean {
  if (value === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function addMonths(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

function elapsed(action: DemoAction): number {
  return elapsedShare(action.startDate, action.dueDate, TODAY) ?? 0;
}

function objective(axis: DemoAxis, number: number): DemoObjective {
  const found = axis.objectives.find((o) => o.number === number);
  if (!found) throw new Error(`objective ${axis.number}.${number} missing`);
  return found;
}

/** The non-abandoned actions with their weight and declared or effective (overdue ⇒ late) status. */
function counted(o: DemoObjective, effective: boolean): { status: Status; weight: number }[] {
  return o.actions
    .filter((a) => a.status !== 'abandoned')
    .map((a) => ({ status: effective ? effectiveStatus(a, TODAY) : a.status, weight: a.weight }));
}

/** The objective's progress minus its expected progress today, as the roll-up reads it for the health. */
function gap(o: DemoObjective): number | null {
  const { progress, expectedProgress } = rollupNode(
    o.actions.map((a, id) => ({ ...a, id, lastUpdateAt: null })),
    { asOf: TODAY, cycleOpenedOn: null },
  );
  return nodeScheduleGap(progress, expectedProgress);
}

/** The objective's health from its declared or effective statuses and its schedule (DESIGN §3). */
function health(o: DemoObjective, effective: boolean) {
  return nodeHealth(counted(o, effective), gap(o));
}

function share(o: DemoObjective, statuses: Status[], effective: boolean): number {
  const actions = counted(o, effective);
  const total = actions.reduce((sum, a) => sum + a.weight, 0);
  return actions.filter((a) => statuses.includes(a.status)).reduce((sum, a) => sum + a.weight, 0) / total;
}

/** Every string of the content, to check typography. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

describe('demo content, axes 1 and 2 of the 2025-2027 plan', () => {
  it('has the expected axes, objectives and number of actions', () => {
    expect(AXIS_1.number).toBe(1);
    expect(AXIS_1.title).toBe(
      'Garantir l’accès aux soins grâce à la construction de parcours de soins et un accès au bon professionnel sur tous les territoires',
    );
    expect(AXIS_1.objectives.map((o) => o.title)).toEqual([
      'Décliner le Pacte d’accès aux soins',
      'Optimiser la répartition de l’offre sur le territoire et développer l’« aller vers »',
      'Optimiser le temps des soignants : compétences, délégation de tâches et refonte de la profession infirmière',
      'Structurer les filières et la gradation des soins : ambulatoire, HAD et santé mentale',
    ]);
    expect(AXIS_1.objectives.map((o) => o.actions.length)).toEqual([6, 6, 6, 6]);
    expect(AXIS_2.number).toBe(2);
    expect(AXIS_2.title).toBe('Accompagner la pérennité du système de santé en assurant sa soutenabilité');
    expect(AXIS_2.objectives.map((o) => o.title)).toEqual([
      'Ajuster les besoins et les capacités de formation',
      'Garantir un financement clair et adapté aux évolutions de l’offre de soins',
      'Accompagner la transition écologique de l’offre de soins',
    ]);
    expect(AXIS_2.objectives.map((o) => o.actions.length)).toEqual([7, 7, 6]);
    for (const axis of AXES) {
      expect(axis.description.length).toBeGreaterThan(40);
      for (const o of axis.objectives) expect(o.description.length).toBeGreaterThan(40);
    }
  });

  it('numbers objectives and actions 1..n without duplicates', () => {
    for (const axis of AXES) {
      expect(axis.objectives.map((o) => o.number)).toEqual(axis.objectives.map((_, i) => i + 1));
      for (const o of axis.objectives) expect(o.actions.map((a) => a.number)).toEqual(o.actions.map((_, i) => i + 1));
    }
    const titles = ACTIONS.map(({ action }) => action.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('has the expected number of actions per story', () => {
    const counts: Partial<Record<DemoStory, number>> = {};
    for (const { action } of ACTIONS) counts[action.story] = (counts[action.story] ?? 0) + 1;
    expect(counts).toEqual({
      steady: 10,
      stale: 7,
      slipping: 4,
      late: 4,
      optimistic: 3,
      overdue: 3,
      done: 5,
      abandoned: 2,
      not_started: 6,
    });
    expect(ACTIONS.filter(({ action }) => action.regional)).toHaveLength(13);
  });

  it.each(ACTIONS.map((c) => [c.code, c] as const))('%s has valid fields, dates and milestones', (_code, { action }) => {
    expect(UNITS).toContain(action.unit);
    expect(STATUSES).toContain(action.status);
    expect([1, 2, 3]).toContain(action.weight);
    expect(Number.isInteger(action.progress) && action.progress >= 0 && action.progress <= 100).toBe(true);
    expect(action.title.length).toBeGreaterThan(10);
    expect(action.description.length).toBeGreaterThan(40);
    expect(isValidDate(action.startDate) && isValidDate(action.dueDate)).toBe(true);
    expect(action.startDate >= '2025-01-01' && action.dueDate <= '2027-12-31').toBe(true);
    expect(action.startDate < action.dueDate).toBe(true);
    expect(action.dueDate >= addMonths(action.startDate, 6)).toBe(true);
    expect(action.dueDate <= addMonths(action.startDate, 30)).toBe(true);
    expect(action.milestones.length).toBeGreaterThanOrEqual(2);
    expect(action.milestones.length).toBeLessThanOrEqual(4);
    for (const m of action.milestones) {
      expect(isValidDate(m.plannedDate)).toBe(true);
      if (m.actualDate !== undefined) {
        expect(isValidDate(m.actualDate)).toBe(true);
        expect(m.actualDate <= TODAY).toBe(true);
      }
    }
    expect(action.narratives.length).toBeGreaterThanOrEqual(2);
    expect(action.narratives.length).toBeLessThanOrEqual(4);
    for (const n of action.narratives) expect(n.trim().length).toBeGreaterThan(20);
  });

  it.each(ACTIONS.map((c) => [c.code, c] as const))('%s tells a story consistent with its dates', (_code, { action }) => {
    const expected = elapsed(action);
    const gap = action.progress - expected;
    const pastDueMilestone = action.milestones.some((m) => m.plannedDate < TODAY && m.actualDate === undefined);
    switch (action.story) {
      case 'steady':
        expect(action.status).toBe('on_track');
        expect(Math.abs(gap)).toBeLessThanOrEqual(10);
        expect(pastDueMilestone).toBe(false);
        break;
      case 'stale':
        expect(['on_track', 'at_risk']).toContain(action.status);
        expect(action.dueDate > TODAY).toBe(true);
        expect(gap).toBeGreaterThan(-20);
        if (action.status === 'on_track') expect(pastDueMilestone).toBe(false);
        break;
      case 'slipping':
        expect(action.status).toBe('at_risk');
        expect(gap).toBeLessThanOrEqual(-5);
        expect(gap).toBeGreaterThanOrEqual(-15);
        expect(action.blockers).toBeTruthy();
        break;
      case 'late':
        expect(action.status).toBe('late');
        expect(gap).toBeLessThanOrEqual(-20);
        expect(action.blockers).toBeTruthy();
        break;
      case 'optimistic':
        expect(action.status).toBe('on_track');
        expect(gap).toBeLessThan(-25);
        break;
      case 'overdue':
        expect(action.dueDate < '2026-11-01').toBe(true);
        expect(['on_track', 'at_risk']).toContain(action.status);
        expect(action.progress).toBeGreaterThanOrEqual(60);
        expect(action.progress).toBeLessThanOrEqual(95);
        break;
      case 'done':
        expect(action.status).toBe('done');
        expect(action.progress).toBe(100);
        expect(action.dueDate <= '2026-11-20').toBe(true);
        for (const m of action.milestones) expect(m.actualDate !== undefined && m.actualDate <= TODAY).toBe(true);
        break;
      case 'abandoned':
        expect(action.status).toBe('abandoned');
        expect(action.progress).toBeGreaterThan(0);
        expect(action.progress).toBeLessThan(100);
        expect(action.narratives[action.narratives.length - 1]).toMatch(/abandonn/);
        break;
      case 'not_started':
        expect(action.status).toBe('not_started');
        expect(action.progress).toBe(0);
        expect(action.startDate > TODAY).toBe(true);
        expect(action.startDate.startsWith('2027-')).toBe(true);
        for (const m of action.milestones) expect(m.actualDate).toBeUndefined();
        break;
    }
  });

  it('gives two overdue actions a milestone past due', () => {
    const overdue = ACTIONS.filter(({ action }) => action.story === 'overdue');
    const withPastDue = overdue.filter(({ action }) =>
      action.milestones.some((m) => m.plannedDate < TODAY && m.actualDate === undefined),
    );
    expect(withPastDue).toHaveLength(2);
  });

  it('puts late and not-started actions where the objectives’ health requires them', () => {
    const o13 = objective(AXIS_1, 3);
    const o21 = objective(AXIS_2, 1);
    const o23 = objective(AXIS_2, 3);
    for (const effective of [false, true]) {
      expect(share(o13, ['late'], effective)).toBeGreaterThanOrEqual(0.25);
      expect(share(o21, ['late'], effective)).toBeLessThan(0.25);
      expect(share(o21, ['late', 'at_risk'], effective)).toBeGreaterThanOrEqual(0.25);
      expect(health(o13, effective)).toBe('late');
      expect(health(o21, effective)).toBe('at_risk');
      expect(health(o23, effective)).toBe('not_started');
    }
    expect(o23.actions.every((a) => a.story === 'not_started')).toBe(true);
    expect(ACTIONS.filter(({ action, objective: o }) => action.story === 'not_started' && o !== o23)).toHaveLength(0);
    // The other objectives' actions stay mostly on track, even counting overdue actions as late…
    for (const o of [objective(AXIS_1, 1), objective(AXIS_1, 2), objective(AXIS_1, 4), objective(AXIS_2, 2)]) {
      expect(share(o, ['late', 'at_risk'], true)).toBeLessThan(0.25);
    }
    for (const o of [objective(AXIS_1, 1), objective(AXIS_1, 4)]) expect(health(o, true)).toBe('on_track');
    // …but 1.2 and 2.2 are more than 10 points behind their schedule: at risk (DESIGN §3, revised).
    for (const o of [objective(AXIS_1, 2), objective(AXIS_2, 2)]) {
      expect(gap(o)).toBeLessThan(-10);
      expect(gap(o)).toBeGreaterThanOrEqual(-20);
      expect(health(o, true)).toBe('at_risk');
    }
  });

  it('uses French typography: typographic apostrophes, no straight quotes', () => {
    for (const text of texts([AXIS_1, AXIS_2, COMMENTS_AXES_1_2])) {
      expect(text).not.toMatch(/['"]/);
      expect(text).not.toMatch(/«\S|\S»/);
    }
  });

  describe('comments', () => {
    const byCode = new Map(ACTIONS.map((c) => [c.code, c.action]));
    const accounts = new Map(DEMO_ACCOUNTS.map((a) => [a.email, a]));

    it('has 11 comments of every kind, with replies, line breaks and a link', () => {
      expect(COMMENTS_AXES_1_2).toHaveLength(11);
      expect(new Set(COMMENTS_AXES_1_2.map((c) => c.kind))).toEqual(
        new Set(['general', 'result', 'blocker', 'support_request', 'good_practice']),
      );
      const withReplies = COMMENTS_AXES_1_2.filter((c) => (c.replies ?? []).length > 0);
      expect(withReplies).toHaveLength(3);
      for (const c of withReplies) expect(c.replies).toHaveLength(1);
      expect(COMMENTS_AXES_1_2.some((c) => c.text.includes('\n'))).toBe(true);
      expect(COMMENTS_AXES_1_2.filter((c) => c.text.includes('https://sante.gouv.fr/'))).toHaveLength(1);
      expect(COMMENTS_AXES_1_2.filter((c) => c.regionCode !== undefined)).toHaveLength(8);
    });

    it.each(COMMENTS_AXES_1_2.map((c, i) => [i, c] as const))('comment #%i references an action its author may comment on', (_i, comment) => {
      const action = byCode.get(comment.actionCode);
      expect(action).toBeDefined();
      const author = accounts.get(comment.author);
      expect(author).toBeDefined();
      if (comment.regionCode !== undefined) {
        expect(action?.regional).toBe(true);
        expect(action?.story).not.toBe('not_started');
        expect(author?.role).toBe('ars_liaison');
        expect(author?.region).toBe(comment.regionCode);
      } else {
        expect(['director', 'project_manager']).toContain(author?.role);
      }
      for (const reply of comment.replies ?? []) {
        const replier = accounts.get(reply.author);
        expect(replier).toBeDefined();
        expect(['director', 'project_manager']).toContain(replier?.role);
        // A unit's project manager answers on the actions of their own unit.
        if (replier?.role === 'project_manager') expect(replier.unit).toBe(action?.unit);
        expect(reply.text.length).toBeGreaterThan(20);
      }
      expect(comment.text.length).toBeGreaterThan(40);
    });
  });
});
