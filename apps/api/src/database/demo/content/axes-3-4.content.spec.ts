import { effectiveStatus, elapsedShare, isIsoDate, nodeHealth, nodeScheduleGap, rollupNode } from '@boussole/domain';
import { DEMO_ACCOUNTS } from '../demo-accounts';
import { AXIS_3 } from './axis-3.content';
import { AXIS_4 } from './axis-4.content';
import { COMMENTS_AXES_3_4 } from './comments-axes-3-4.content';
import type { DemoAction, DemoAxis, DemoStory } from './demo-content.types';
import { PLAN_2015_2017 } from './plan-2015-2017.content';

/** The demo's reference date ("today"). */
const TODAY = '2026-11-25';
const UNITS = ['PF', 'RH', 'R', 'Q', 'N', 'DNS'];
const DAY_MS = 86_400_000;

interface Coded {
  code: string;
  action: DemoAction;
}

function actionsOf(axis: DemoAxis): Coded[] {
  return axis.objectives.flatMap((o) => o.actions.map((action) => ({ code: `${axis.number}.${o.number}.${action.number}`, action })));
}

const ALL = [...actionsOf(AXIS_3), ...actionsOf(AXIS_4)];
const byCode = new Map(ALL.map((a) => [a.code, a.action]));

function expected(action: DemoAction): number {
  return elapsedShare(action.startDate, action.dueDate, TODAY) ?? Number.NaN;
}

function days(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;
}

function withStory(story: DemoStory): Coded[] {
  return ALL.filter((a) => a.action.story === story);
}

function objective(axis: DemoAxis, n: number) {
  const found = axis.objectives.find((o) => o.number === n);
  if (!found) throw new Error(`objective ${axis.number}.${n} missing`);
  return found;
}

describe('demo content of axes 3 and 4', () => {
  it('keeps the titles of the axes and objectives of the 2025-2027 project', () => {
    expect(AXIS_3.number).toBe(3);
    expect(AXIS_3.title).toBe(
      'Assurer la qualité des soins en développant l’innovation et la pertinence des pratiques des professionnels de santé',
    );
    expect(AXIS_3.objectives.map((o) => o.title)).toEqual([
      'Faciliter l’accès aux produits et actes innovants',
      'Déployer le 4e plan national maladies rares (PNMR4)',
      'Accompagner le développement du numérique dans le système de soins',
    ]);
    expect(AXIS_4.number).toBe(4);
    expect(AXIS_4.title).toBe('Améliorer les modes de travail de la DGOS pour mieux travailler ensemble');
    expect(AXIS_4.objectives.map((o) => o.title)).toEqual([
      'Renforcer les liens avec l’écosystème, notamment les agences régionales de santé',
      'Dynamiser le pilotage des opérateurs (ANS, ATIH, ANAP)',
      'Simplifier les processus internes',
    ]);
  });

  it('has 6 or 7 actions per objective of axis 3 and 5 or 6 per objective of axis 4', () => {
    for (const o of AXIS_3.objectives) expect([6, 7]).toContain(o.actions.length);
    for (const o of AXIS_4.objectives) expect([5, 6]).toContain(o.actions.length);
  });

  it('numbers objectives and actions 1..n without gaps or duplicates', () => {
    for (const axis of [AXIS_3, AXIS_4]) {
      expect(axis.objectives.map((o) => o.number)).toEqual(axis.objectives.map((_, i) => i + 1));
      for (const o of axis.objectives) {
        expect(o.actions.map((a) => a.number)).toEqual(o.actions.map((_, i) => i + 1));
      }
    }
    expect(new Set(ALL.map((a) => a.code)).size).toBe(ALL.length);
    expect(new Set(ALL.map((a) => a.action.title)).size).toBe(ALL.length);
  });

  it('tells each story the expected number of times', () => {
    const counts: Record<string, number> = {};
    for (const { action } of ALL) counts[action.story] = (counts[action.story] ?? 0) + 1;
    // 4.3 is all done on top of the five other done actions.
    const doneIn43 = objective(AXIS_4, 3).actions.length;
    expect(counts).toEqual({
      steady: 8,
      stale: 5,
      slipping: 4,
      late: 3,
      optimistic: 2,
      overdue: 2,
      done: 5 + doneIn43,
      abandoned: 1,
      not_started: 2,
    });
  });

  it.each(ALL.map((a) => [a.code, a.action] as const))('%s has well-formed fields and dates', (_code, action) => {
    expect(UNITS).toContain(action.unit);
    expect(action.title.length).toBeGreaterThan(20);
    expect(action.description.length).toBeGreaterThan(40);
    expect(isIsoDate(action.startDate)).toBe(true);
    expect(isIsoDate(action.dueDate)).toBe(true);
    expect(action.startDate < action.dueDate).toBe(true);
    expect(action.startDate >= '2025-01-01').toBe(true);
    expect(action.dueDate <= '2027-12-31').toBe(true);
    const months = days(action.startDate, action.dueDate) / 30.44;
    expect(months).toBeGreaterThanOrEqual(6);
    expect(months).toBeLessThanOrEqual(30.1);
    expect([1, 2, 3]).toContain(action.weight);
    expect(Number.isInteger(action.progress)).toBe(true);
    expect(action.progress).toBeGreaterThanOrEqual(0);
    expect(action.progress).toBeLessThanOrEqual(100);
    expect(action.milestones.length).toBeGreaterThanOrEqual(2);
    expect(action.milestones.length).toBeLessThanOrEqual(4);
    expect(action.narratives.length).toBeGreaterThanOrEqual(2);
    expect(action.narratives.length).toBeLessThanOrEqual(4);
    for (const m of action.milestones) {
      expect(isIsoDate(m.plannedDate)).toBe(true);
      expect(m.plannedDate >= action.startDate && m.plannedDate <= action.dueDate).toBe(true);
      if (m.actualDate !== undefined) {
        expect(isIsoDate(m.actualDate)).toBe(true);
        expect(m.actualDate >= action.startDate && m.actualDate <= TODAY).toBe(true);
      }
    }
  });

  it('writes French with the typographic apostrophe', () => {
    const texts = ALL.flatMap(({ action }) => [
      action.title,
      action.description,
      ...action.narratives,
      action.nextSteps ?? '',
      action.blockers ?? '',
      ...action.milestones.map((m) => m.title),
    ]);
    texts.push(...COMMENTS_AXES_3_4.flatMap((c) => [c.text, ...(c.replies ?? []).map((r) => r.text)]));
    for (const text of texts) expect(text).not.toContain("'");
  });

  it('gives done actions a finished history', () => {
    for (const { action } of withStory('done')) {
      expect(action.status).toBe('done');
      expect(action.progress).toBe(100);
      expect(action.dueDate <= '2026-11-20').toBe(true);
      for (const m of action.milestones) {
        expect(m.actualDate !== undefined && m.actualDate <= TODAY).toBe(true);
      }
    }
  });

  it('starts not_started actions in 2027 at 0 %', () => {
    for (const { action } of withStory('not_started')) {
      expect(action.status).toBe('not_started');
      expect(action.progress).toBe(0);
      expect(action.startDate > TODAY).toBe(true);
      expect(action.startDate.startsWith('2027-')).toBe(true);
      expect(action.milestones.every((m) => m.actualDate === undefined && m.plannedDate > TODAY)).toBe(true);
    }
  });

  it('keeps running stories between their start and due dates', () => {
    for (const story of ['steady', 'stale', 'slipping', 'late', 'optimistic'] as const) {
      for (const { action } of withStory(story)) {
        expect(action.startDate < TODAY && TODAY < action.dueDate).toBe(true);
      }
    }
  });

  it('matches status and progress with the elapsed share for each story', () => {
    for (const { code, action } of ALL) {
      const share = expected(action);
      const gap = action.progress - share;
      const context = `${code} (${action.story}, progress ${action.progress}, expected ${share.toFixed(1)})`;
      switch (action.story) {
        case 'steady':
          expect([context, action.status]).toEqual([context, 'on_track']);
          expect([context, Math.abs(gap) <= 10]).toEqual([context, true]);
          break;
        case 'stale':
          expect([context, ['on_track', 'at_risk'].includes(action.status)]).toEqual([context, true]);
          expect([context, gap >= -20 && gap <= 10]).toEqual([context, true]);
          break;
        case 'slipping':
          expect([context, action.status]).toEqual([context, 'at_risk']);
          expect([context, gap <= -5 && gap >= -15]).toEqual([context, true]);
          break;
        case 'late':
          expect([context, action.status]).toEqual([context, 'late']);
          expect([context, gap <= -20]).toEqual([context, true]);
          break;
        case 'optimistic':
          expect([context, action.status]).toEqual([context, 'on_track']);
          expect([context, gap < -25]).toEqual([context, true]);
          break;
        case 'overdue':
          expect([context, ['on_track', 'at_risk'].includes(action.status)]).toEqual([context, true]);
          expect([context, action.dueDate < '2026-11-01']).toEqual([context, true]);
          expect([context, action.progress >= 60 && action.progress <= 95]).toEqual([context, true]);
          break;
        case 'abandoned':
          expect([context, action.status]).toEqual([context, 'abandoned']);
          expect([context, action.progress < 100]).toEqual([context, true]);
          break;
        default:
          break;
      }
    }
  });

  it('explains the trouble of late and slipping actions, and the end of the abandoned one', () => {
    for (const { action } of [...withStory('late'), ...withStory('slipping')]) {
      expect(action.blockers?.length ?? 0).toBeGreaterThan(20);
    }
    const [abandoned] = withStory('abandoned');
    expect(abandoned.action.narratives.join(' ')).toMatch(/abandonn/i);
  });

  it('leaves exactly one overdue action with a milestone past due, and none on steady actions', () => {
    const pastDue = (a: DemoAction) => a.milestones.some((m) => m.plannedDate < TODAY && m.actualDate === undefined);
    expect(withStory('overdue').filter((a) => pastDue(a.action))).toHaveLength(1);
    for (const { action } of withStory('steady')) expect(pastDue(action)).toBe(false);
  });

  it('gives next steps to most actions', () => {
    const open = ALL.filter((a) => !['done', 'abandoned'].includes(a.action.story));
    expect(open.every((a) => (a.action.nextSteps?.length ?? 0) > 20)).toBe(true);
  });

  it('makes objective 4.3 done and objective 3.2 late', () => {
    const health = (actions: DemoAction[]) => {
      const { progress, expectedProgress } = rollupNode(
        actions.map((a, id) => ({ ...a, id, lastUpdateAt: null })),
        { asOf: TODAY, cycleOpenedOn: null },
      );
      return nodeHealth(
        actions
          .filter((a) => a.status !== 'abandoned')
          .map((a) => ({ status: effectiveStatus({ status: a.status, dueDate: a.dueDate }, TODAY), weight: a.weight })),
        nodeScheduleGap(progress, expectedProgress),
      );
    };
    expect(objective(AXIS_4, 3).actions.every((a) => a.story === 'done')).toBe(true);
    expect(health(objective(AXIS_4, 3).actions)).toBe('done');

    const o32 = objective(AXIS_3, 2).actions.filter((a) => a.status !== 'abandoned');
    const total = o32.reduce((sum, a) => sum + a.weight, 0);
    const late = o32.filter((a) => a.status === 'late').reduce((sum, a) => sum + a.weight, 0);
    expect(late / total).toBeGreaterThanOrEqual(0.25);
    expect(health(objective(AXIS_3, 2).actions)).toBe('late');
  });

  it('rolls out about twelve actions per ARS, mostly in axis 3', () => {
    const regional = ALL.filter((a) => a.action.regional);
    expect(regional.length).toBeGreaterThanOrEqual(10);
    expect(regional.length).toBeLessThanOrEqual(14);
    const inAxis3 = regional.filter((a) => a.code.startsWith('3.')).length;
    expect(inAxis3).toBeGreaterThan(regional.length / 2);
  });

  describe('comments', () => {
    const accounts = new Map(DEMO_ACCOUNTS.map((a) => [a.email, a]));

    it('has nine comments of every kind, some multi-line, two with one reply', () => {
      expect(COMMENTS_AXES_3_4).toHaveLength(9);
      expect(new Set(COMMENTS_AXES_3_4.map((c) => c.kind))).toEqual(
        new Set(['general', 'result', 'blocker', 'support_request', 'good_practice']),
      );
      expect(COMMENTS_AXES_3_4.filter((c) => c.text.includes('\n')).length).toBeGreaterThanOrEqual(2);
      const withReplies = COMMENTS_AXES_3_4.filter((c) => (c.replies ?? []).length > 0);
      expect(withReplies).toHaveLength(2);
      for (const c of withReplies) expect(c.replies).toHaveLength(1);
    });

    it('refers to existing actions, regional ones in the author’s own region', () => {
      for (const comment of COMMENTS_AXES_3_4) {
        const action = byCode.get(comment.actionCode);
        expect([comment.actionCode, action !== undefined]).toEqual([comment.actionCode, true]);
        const author = accounts.get(comment.author);
        expect([comment.author, author !== undefined]).toEqual([comment.author, true]);
        if (comment.regionCode !== undefined) {
          expect(action?.regional).toBe(true);
          expect(author?.role).toBe('ars_liaison');
          expect(author?.region).toBe(comment.regionCode);
        } else {
          expect(['director', 'project_manager']).toContain(author?.role);
        }
        for (const reply of comment.replies ?? []) expect(accounts.has(reply.author)).toBe(true);
      }
      const byArs = COMMENTS_AXES_3_4.filter((c) => c.regionCode !== undefined);
      expect(byArs.length).toBeGreaterThanOrEqual(5);
      expect(new Set(byArs.map((c) => c.regionCode))).toEqual(new Set(['11', '53', '04']));
    });
  });

  describe('the 2015-2017 plan', () => {
    it('is archived, with the four axes of seed 002 and no actions', () => {
      expect(PLAN_2015_2017).toMatchObject({ title: 'Projet stratégique 2015-2017', state: 'archived', startYear: 2015, endYear: 2017 });
      expect(PLAN_2015_2017.axes.map((a) => [a.number, a.title])).toEqual([
        [1, 'Développer les soins primaires, optimiser les parcours et le financement de l’offre de soins'],
        [2, 'Favoriser l’innovation et améliorer la performance des offreurs de soins'],
        [3, 'Développer les compétences des professionnels et promouvoir le dialogue social'],
        [4, 'Renforcer l’appui au pilotage stratégique et la performance de la DGOS'],
      ]);
      for (const axis of PLAN_2015_2017.axes) {
        expect([2, 3]).toContain(axis.objectives.length);
        expect(axis.objectives.map((o) => o.number)).toEqual(axis.objectives.map((_, i) => i + 1));
        for (const o of axis.objectives) expect(o.actions).toEqual([]);
      }
    });
  });
});
