import { DOMAIN_ENGLISH } from '@boussole/domain';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';
import { passwordRefusal } from '../../auth/password-policy';
import { countOf, listFr } from '../../plans/structure-rules';
import { notFound, tooManyRequests } from '../errors/app-error';
import { API_ENGLISH } from './api-english';
import { errorEnglish } from './error-language';

/**
 * Every French message the API can send in an error must have its English: the scan reads the
 * source of apps/api/src and finds the messages where errors are made, so that a new message
 * without English fails here, not in front of an English reader.
 *
 * A literal is a message when it sits in an error (`invalid(…)`, `notFound(…)`, `forbidden(…)`,
 * `tooManyRequests(…)`, `refuseNonEmpty(…)`, `new AppError(…)`, `new OriginRefused(…)`), in a
 * `message:` (class-validator's options, the database refusals), anywhere in the error filter and
 * the validation pipe but their log lines, or in a constant such an error reads (`const message =
 * …` in the same file, `USER_MESSAGES` from another one).
 */
const SRC = join(__dirname, '..', '..');
/** Start-up errors (config, database preparation) stop the process: no request ever reads them. */
const SKIPPED_DIRS = new Set(['test', 'bench', 'database', 'config']);
/** The workbook's sheet and column names are quoted as the workbook spells them, in French. */
/** The OpenAPI document's schema of an error describes it, with a French example: no request is refused with them. */
const SKIPPED_FILES = new Set(['exports/workbook-layout.ts', 'common/openapi/schemas.ts']);
const ERROR_CALLS = new Set(['invalid', 'notFound', 'forbidden', 'tooManyRequests', 'refuseNonEmpty']);
const ERROR_CLASSES = new Set(['AppError', 'OriginRefused']);
const WHOLE_FILES = /^common\/(filters\/|validation\.ts)/;
const LOG_METHODS = new Set(['warn', 'error', 'info', 'debug', 'log', 'fatal', 'trace']);

function looksFrench(text: string): boolean {
  if (/^(\s|\{\})*(SELECT|INSERT|UPDATE|DELETE|WITH|WHERE)\b/.test(text) || /^[A-Z][a-z]+(-[A-Z][a-z]+)+$/.test(text)) return false;
  return /[a-zà-ÿ]{2}/i.test(text) && (/[À-ÿ’«·]/.test(text) || / [a-zà-ÿ]/i.test(text) || /^[A-ZÀ-Ý][a-zà-ÿ]/.test(text));
}

/** A literal's text, `{}` for each `${…}` and for each operand of a concatenation that is not one. */
function textOf(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((s) => `{}${s.literal.text}`).join('');
  if (ts.isParenthesizedExpression(node)) return textOf(node.expression);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const [left, right] = [textOf(node.left), textOf(node.right)];
    return left === null && right === null ? null : `${left ?? '{}'}${right ?? '{}'}`;
  }
  return null;
}

function calleeName(node: ts.CallExpression | ts.NewExpression): string {
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  return ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
}

interface Walk {
  /** Whether a constant of this name is read by an error. */
  read: (name: string) => boolean;
  onName?: (name: string) => void;
  onText?: (node: ts.Node, text: string) => void;
}

function walk(source: ts.SourceFile, whole: boolean, { read, onName, onText }: Walk): void {
  const visit = (node: ts.Node, inError: boolean): void => {
    if (ts.isImportDeclaration(node) || ts.isLiteralTypeNode(node)) return;
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && LOG_METHODS.has(node.expression.name.text)) return;
    let inside = inError;
    if (ts.isCallExpression(node) && ERROR_CALLS.has(calleeName(node))) inside = true;
    if (ts.isNewExpression(node) && ERROR_CLASSES.has(calleeName(node))) inside = true;
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'message') inside = true;
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && read(node.name.text)) inside = true;
    if (inside && ts.isIdentifier(node)) onName?.(node.text);
    const text = textOf(node);
    if (text !== null) {
      if (inside || whole) onText?.(node, text);
      // A template's `${…}` holds literals of its own (a ternary's branches).
      if (ts.isTemplateExpression(node)) node.templateSpans.forEach((span) => visit(span.expression, inside));
      return;
    }
    ts.forEachChild(node, (child) => visit(child, inside));
  };
  visit(source, false);
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : sources(path);
    const file = relative(SRC, path);
    return file.endsWith('.ts') && !file.endsWith('.spec.ts') && !SKIPPED_FILES.has(file) ? [path] : [];
  });
}

/** The French messages of the API's errors, with where each is written. */
function errorMessages(): { at: string; text: string }[] {
  const files = sources(SRC).map((path) => ({
    file: relative(SRC, path),
    source: ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true),
  }));
  const local = new Map(files.map(({ file }) => [file, new Set<string>()]));
  const shared = new Set<string>();
  const reader = (file: string) => (name: string) => local.get(file)?.has(name) || (/^[A-Z][A-Z_]+$/.test(name) && shared.has(name));
  // Constants read by errors read constants in turn: a few rounds reach them all.
  for (let round = 0; round < 3; round++) {
    for (const { file, source } of files) {
      walk(source, false, { read: reader(file), onName: (name) => (local.get(file)?.add(name), shared.add(name)) });
    }
  }
  const messages: { at: string; text: string }[] = [];
  for (const { file, source } of files) {
    walk(source, WHOLE_FILES.test(file), {
      read: reader(file),
      onText: (node, text) => {
        if (!looksFrench(text)) return;
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        messages.push({ at: `${file}:${line}`, text });
      },
    });
  }
  return messages;
}

const KEYS = [...Object.keys(API_ENGLISH), ...Object.keys(DOMAIN_ENGLISH)];

/**
 * Known when the catalogs know it with a sample in each hole (`{}`), or when a key of the catalogs
 * is one of the texts it can make, the holes matching anything (`${n} erreur${n > 1 ? 's' : ''}`).
 */
function known(text: string): boolean {
  const english = errorEnglish();
  if (!text.includes('{}')) return english.known(text) !== null;
  if (english.known(text.replace(/\{\}/g, '1')) !== null) return true;
  const escaped = text.split('{}').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const holes = new RegExp(`^${escaped.join('[\\s\\S]*')}$`);
  return KEYS.some((key) => holes.test(key));
}

describe('API_ENGLISH', () => {
  it('knows every French message of the API’s errors', () => {
    const messages = errorMessages();
    // The scan finds the messages where they are: far fewer would mean it lost its way.
    expect(messages.length).toBeGreaterThan(400);
    const missing = messages.filter(({ text }) => !known(text)).map(({ at, text }) => `${at}: ${text}`);
    expect(missing).toEqual([]);
  });

  it('finds the messages wherever errors are made, and only there', () => {
    const texts = new Set(errorMessages().map((m) => m.text));
    for (const text of [
      '{} introuvable.',
      'Le champ « {} » n’est pas attendu.',
      'Un projet stratégique porte déjà ce titre.',
      'Adresse électronique ou mot de passe incorrect.',
      'L’intitulé du jalon est obligatoire.',
      'Requête invalide',
    ]) {
      expect(texts).toContain(text);
    }
    expect(texts).not.toContain('base de données indisponible');
  });

  it('puts the pieces of a sentence together in English', () => {
    const history = listFr([countOf(4, 'point d’avancement', 'points d’avancement'), countOf(1, 'commentaire'), countOf(2, 'jalon atteint', 'jalons atteints')]);
    const cases: [string, string][] = [
      [notFound('Campagne de suivi').message, 'Reporting cycle not found.'],
      [tooManyRequests('Trop d’écritures en peu de temps', 30).message, 'Too many writes in a short time: try again in 30 seconds.'],
      [tooManyRequests('Trop de tentatives de connexion', 61).message, 'Too many sign-in attempts: try again in 2 minutes.'],
      [
        `L’action 1.2.3 a un historique (${history}) : elle ne peut pas être supprimée. Abandonnez-la plutôt (un point d’avancement « Abandonnée »), ou archivez le projet stratégique.`,
        'Action 1.2.3 has a history (4 status updates, 1 comment and 2 milestones reached): it cannot be deleted. Abandon it instead (a status update “Abandoned”), or archive the strategic plan.',
      ],
      [
        'Cet axe a été modifié entre-temps (version 4, vous aviez la version 3). Rechargez-le avant d’enregistrer.',
        'This axis has been changed in the meantime (version 4, you had version 3). Reload it before saving.',
      ],
      ['Le titre est limité à 500 caractères.', 'The title is limited to 500 characters.'],
      ['Le rôle «\u00a0Lecteur·rice\u00a0» n’est rattaché à aucune région.', 'The role “Reader” is not attached to any region.'],
    ];
    for (const [french, english] of cases) expect(errorEnglish().translate(french)).toBe(english);
    // A subject the catalog does not know leaves the sentence unknown, not half English.
    expect(errorEnglish().known('Le sous-titre est obligatoire.')).toBeNull();
  });

  it('translates a password refusal with the guessability checker’s own advice', () => {
    const refusals = ['azertyuiopqs', 'motdepasse2024', 'aaaaaaaaaaaaaaa', 'Camille.Martin2026'].map(
      (password) => passwordRefusal(password, { email: 'camille.martin@sante.gouv.fr', name: 'Camille Martin' }) ?? '',
    );
    expect(refusals.filter((refusal) => refusal.includes('\u00a0: '))).not.toEqual([]);
    for (const refusal of refusals) expect(errorEnglish().translate(refusal)).not.toMatch(/[àâçéèêîôû«»’]/);
  });

  it('writes English without French left in it', () => {
    const leftovers = Object.entries(API_ENGLISH)
      .filter(([, english]) => /[àâçéèêîôû«»]|\b(le|la|les|des|est|doit|pas)\b/i.test(english.replace(/\{\w+\}/g, '')))
      .filter(([french, english]) => french !== english);
    expect(leftovers).toEqual([]);
  });
});
