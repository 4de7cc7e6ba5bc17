import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';
import * as domain from '../../index';
import { DOMAIN_ENGLISH } from './domain-english';
import { FrenchToEnglish } from './french-to-english';

const english = new FrenchToEnglish(DOMAIN_ENGLISH);
const NBSP = '\u00a0';

/** A text a reader sees: words, or a capitalised word; not a code (`on_track`), a locale or a symbol. */
function looksFrench(text: string): boolean {
  return /[a-zà-ÿ]{2}/i.test(text) && (/[À-ÿ’«·]/.test(text) || / [a-zà-ÿ]/i.test(text) || /^[A-ZÀ-Ý][a-zà-ÿ]/.test(text));
}

/** Every string reachable from the domain's exports: labels, label maps, refusals, units. */
function exportedTexts(value: unknown, path: string, into: Map<string, string>, depth = 0): void {
  if (depth > 4) return;
  if (typeof value === 'string') {
    if (looksFrench(value)) into.set(value, path);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => exportedTexts(item, `${path}[${index}]`, into, depth + 1));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) exportedTexts(item, `${path}.${key}`, into, depth + 1);
  }
}

/** Exported strings that no reader sees (the catalog itself is the English, not French). */
const NOT_TEXT = new Set(['DOMAIN_ENGLISH']);

describe('DOMAIN_ENGLISH', () => {
  it('knows every French text the domain exports (label maps, refusals, units, regions…)', () => {
    const texts = new Map<string, string>();
    for (const [name, value] of Object.entries(domain)) {
      if (!NOT_TEXT.has(name) && typeof value !== 'function') exportedTexts(value, name, texts);
    }
    expect(texts.size).toBeGreaterThan(80);
    const missing = [...texts].filter(([text]) => english.known(text) === null).map(([text, path]) => `${path}: ${text}`);
    expect(missing).toEqual([]);
  });

  it('knows the labels of the glossary', () => {
    expect(Object.values(domain.STATUS_LABELS).map((l) => english.translate(l))).toEqual([
      'Not started',
      'On track',
      'Needs attention',
      'Late',
      'Done',
      'Abandoned',
    ]);
    expect(Object.values(domain.ROLE_LABELS).map((l) => english.translate(l))).toEqual([
      'Administrator',
      'Director',
      'Project manager',
      'ARS liaison',
      'Reader',
    ]);
  });

  describe('knows every sentence the domain makes', () => {
    const known = (texts: readonly string[]) => {
      expect(texts.length).toBeGreaterThan(0);
      expect(texts.filter((text) => english.known(text) === null)).toEqual([]);
    };
    const base: domain.SignalAction = {
      status: 'on_track',
      progress: 10,
      startDate: '2026-01-01',
      dueDate: '2026-06-30',
      lastUpdateAt: null,
      milestones: [
        { plannedDate: '2026-03-01', done: false, title: 'Cahier des charges' },
        { plannedDate: '2026-04-01', done: false },
      ],
    };

    it('action signals, all of them, one and several days, one and several milestones', () => {
      const messages = [
        { asOf: '2026-07-02', cycleOpenedOn: '2026-07-01' },
        { asOf: '2026-07-01', cycleOpenedOn: null },
      ].flatMap((context) =>
        [base, { ...base, milestones: base.milestones?.slice(0, 1) }, { ...base, milestones: [{ plannedDate: '2026-03-01', done: false }] }]
          .flatMap((action) => domain.actionSignals(action, context))
          .map((s) => s.message),
      );
      const kinds = new Set(
        domain.actionSignals(base, { asOf: '2026-07-02', cycleOpenedOn: '2026-07-01' }).map((s) => s.kind),
      );
      expect(kinds).toEqual(new Set(['overdue', 'stale', 'schedule_gap', 'status_check']));
      known(messages);
      expect(english.translate(messages[0] ?? '')).toBe(`Due date 30/06/2026 passed by 2${NBSP}days.`);
    });

    it('indicator and regional signals', () => {
      const indicator: domain.IndicatorFacts = {
        baselineValue: 0,
        baselineDate: '2024-12-31',
        targetValue: 100,
        targetDate: '2026-12-31',
        intermediateTargets: [],
        periodicity: 'quarter',
        measurements: [{ period: '2025-07-01', value: 2.5 }],
      };
      const regional = domain.regionalLaggardSignals([
        { regionCode: '11', progress: 80, status: 'on_track' },
        { regionCode: '53', progress: 75, status: 'on_track' },
        { regionCode: '04', progress: 10, status: 'late' },
        { regionCode: '99', progress: 5, status: 'late' },
      ]);
      const signals = [...domain.indicatorSignals(indicator, '2026-01-15'), ...regional];
      expect(signals.map((s) => s.kind)).toEqual([
        'indicator_stale',
        'indicator_off_track',
        'regional_laggard',
        'regional_laggard',
      ]);
      known(signals.map((s) => s.message));
    });

    it('health explanations, for every rule', () => {
      const cases: Array<[readonly domain.Status[], number | null]> = [
        [['done', 'done'], 0],
        [['late', 'on_track'], 0],
        [['on_track', 'on_track'], -25],
        [['at_risk', 'on_track', 'on_track'], 0],
        [['on_track', 'on_track'], -15],
        [['not_started', 'not_started'], 0],
        [['on_track', 'on_track'], 0],
        [['on_track', 'on_track'], 12.5],
        [['on_track', 'on_track'], -1],
        [['on_track', 'on_track'], -5],
        [['on_track', 'on_track'], null],
      ];
      const texts = cases.flatMap(([statuses, gap]) => {
        const decision = domain.healthDecision(
          statuses.map((status) => ({ status, weight: 1 })),
          gap,
        );
        const node = {
          health: decision?.health ?? null,
          healthReason: decision?.reason ?? null,
          progress: 42,
          expectedProgress: gap === null ? null : 42 - gap,
        };
        return [domain.healthExplanation(node), domain.healthWhy(node) ?? '', domain.healthExplanation({ ...node, healthReason: null })];
      });
      expect(new Set(cases.map(([statuses, gap]) => domain.healthDecision(statuses.map((status) => ({ status, weight: 1 })), gap)?.reason.rule))).toEqual(
        new Set(domain.HEALTH_RULES),
      );
      known([...texts, domain.healthExplanation({ health: null, progress: null, expectedProgress: null })]);
      expect(english.translate(texts[3] ?? '')).toBe(
        `Late: late actions weigh 50% of the counted actions’ weight (25% or more).`,
      );
    });

    it('permission refusals, for every role, verb and record', () => {
      const refusals = domain.ROLES.flatMap((role) =>
        [
          { unitCode: 'PF', regionCode: '11' },
          { unitCode: null, regionCode: null },
        ].flatMap((user) =>
          domain.VERBS.flatMap((verb) =>
            [{}, { unitCode: 'RH', regionCode: '53', authorId: 2 }].map((resource) =>
              domain.can({ id: 1, role, ...user }, verb, resource),
            ),
          ),
        ),
      );
      refusals.push(domain.can(null, 'read'));
      known(refusals.flatMap((decision) => (decision.allowed ? [] : [decision.reason])));
    });

    it('status changes, axis validation and dates', () => {
      const changes = (['action', 'deployment'] as const).flatMap((subject) =>
        Object.values(
          domain.statusChangeErrors({ previous: 'on_track', status: 'done', progress: 50, narrative: null }, subject),
        ),
      );
      changes.push(
        ...Object.values(domain.statusChangeErrors({ previous: 'on_track', status: 'late', progress: 50, narrative: '' }, 'action')),
      );
      const axis = Object.values(
        domain.justificationErrors(
          [
            { id: 1, code: 'A-1' },
            { id: 2, code: 'A-2' },
          ],
          [{ actionId: 2, text: 'x'.repeat(domain.VALIDATION_TEXT_MAX + 1) }],
        ),
      );
      const dates = [
        () => domain.parseIsoDate('2026-02-30'),
        () => domain.isoDateOf('hier'),
        () => domain.toIsoDate(new Date(Number.NaN)),
        () => domain.formatDateTime('hier'),
        () => domain.needsUpdate({ status: 'on_track', lastUpdateAt: 'hier' }, '2026-01-01'),
      ].map((fail) => {
        try {
          fail();
        } catch (error) {
          return (error as Error).message;
        }
        return 'did not throw';
      });
      known([...changes, ...axis, ...dates, domain.validatedAxisReason(2, 'T1 2026')]);
      expect(changes).toHaveLength(3);
      expect(axis).toHaveLength(2);
    });

    it('password rules, with and without a hint', () => {
      const owner = { email: 'camille.martin@sante.gouv.fr' };
      const cases: Array<[domain.PasswordProblem, string]> = [
        ['too_short', ''],
        ['too_short', 'court'],
        ['too_long', 'x'.repeat(domain.PASSWORD_MAX_LENGTH + 1)],
        ['contains_email_name', 'camille.martin2026!'],
        ['guessable', 'azertyazerty'],
      ];
      const problems = cases.map(([problem, password]) => domain.passwordProblemMessage(problem, password, owner));
      problems.push(domain.passwordProblemMessage('guessable', 'azertyazerty', owner, 'Ajoutez des mots.'));
      known([...problems, domain.PASSWORD_MESSAGES.hint]);
    });
  });
});

describe('the source of libs/domain', () => {
  const root = join(__dirname, '..');
  /** Literals that are words of a rule, not texts (the French singular's exceptions, a time zone). */
  const IGNORED = new Set(['accès', 'succès', 'progrès', 'Europe/Paris', 'DomainError', '$1 at $2']);

  /** Each French literal of the file; a template's `${…}` and a concatenation's other operands as `{}`. */
  function frenchLiterals(file: string): string[] {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const found: string[] = [];
    const textOf = (node: ts.Node): string | null => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
      if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((s) => `{}${s.literal.text}`).join('');
      if (ts.isParenthesizedExpression(node)) return textOf(node.expression);
      if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
        const left = textOf(node.left);
        const right = textOf(node.right);
        return left === null && right === null ? null : `${left ?? '{}'}${right ?? '{}'}`;
      }
      return null;
    };
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isLiteralTypeNode(node)) return;
      const text = textOf(node);
      if (text !== null) {
        if (looksFrench(text) && !IGNORED.has(text)) found.push(text);
        // The pieces inside a template's `${…}` are literals of their own (a ternary's branches).
        const inner = ts.isTemplateExpression(node) ? node.templateSpans.map((s) => s.expression) : [];
        inner.forEach(visit);
        return;
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
  }

  function sources(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'i18n' ? [] : sources(path);
      return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
    });
  }

  it('writes no French text the catalog does not know', () => {
    const keys = Object.keys(DOMAIN_ENGLISH);
    const literals = sources(root).flatMap((file) => frenchLiterals(file).map((text) => ({ file: relative(root, file), text })));
    expect(literals.length).toBeGreaterThan(100);
    const missing = literals.filter(({ text }) => !knownTemplate(text, keys)).map(({ file, text }) => `${file}: ${text}`);
    expect(missing).toEqual([]);
  });
});

/**
 * A literal with holes (`{}`) is known when the catalog knows it with a sample in each hole, or
 * when a key of the catalog is one of the texts it can make (the holes matching anything).
 */
function knownTemplate(text: string, keys: readonly string[]): boolean {
  if (!text.includes('{}')) return english.known(text) !== null;
  if (english.known(text.replace(/\{\}/g, '1')) !== null) return true;
  const holes = new RegExp(`^${text.split('{}').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*')}$`);
  return keys.some((key) => holes.test(key));
}
