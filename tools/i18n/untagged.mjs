// What the extraction cannot see: interface text nobody marked for translation. Two scans of
// apps/web/src/app (specs aside):
//  - every component template, parsed by Angular's own compiler: a text, or a prose attribute
//    (title, aria-label, placeholder, alt, label…), outside any `i18n` marking;
//  - every TypeScript file: a French sentence in a string that is not a `$localize` message.
// A text that is the same in both languages (a name, an acronym) is listed in
// apps/web/src/locale/same-in-english.json rather than marked.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const ts = require('typescript');
const ng = require('@angular/compiler');

/** Attributes a person reads or hears. */
const PROSE_ATTRIBUTES = new Set([
  'title', 'aria-label', 'placeholder', 'alt', 'label', 'legend', 'hint', 'heading', 'caption',
  'aria-description', 'aria-roledescription', 'aria-valuetext', 'emptytext', 'emptymessage', 'description',
]);
/** Attributes that hold code (classes, ids, routes, types), never prose. */
const CODE_ATTRIBUTES = /^(class|id|type|name|for|role|href|routerlink|routerlinkactive|formcontrolname|formgroupname|autocomplete|inputmode|pattern|rel|target|src|lang|method|value|size|width|height|style|tabindex|aria-(labelledby|describedby|controls|live|hidden|current|expanded|haspopup|modal|sort|owns|atomic|relevant)|data-.*|bsl.*|i18n.*|\*.*|#.*)$/i;
const FRENCH_WORDS = /\b(le|la|les|des|du|une|un|et|est|pas|vous|votre|vos|aucun|aucune|pour|sur|avec|dans|cette|ces|sont|être|ou|au|aux|qui|que|ne|se|son|sa|ses|leur|leurs|cet|par|en)\b/i;
const FRENCH_LETTERS = /[àâäçéèêëîïôöùûüÿœæ’«»]/i;

export function untaggedTemplateTexts(appDir, root) {
  const same = sameInEnglish(root);
  const problems = [];
  for (const file of sourceFiles(appDir)) {
    for (const { template, url, line } of componentTemplates(file)) {
      const parsed = ng.parseTemplate(template, url, { preserveWhitespaces: false });
      const report = (span, what) => problems.push(`${relative(root, url)}:${line + span.start.line}: ${what}`);
      ng.tmplAstVisitAll(new UntaggedTextVisitor(report, same), parsed.nodes);
    }
  }
  return problems;
}

class UntaggedTextVisitor extends ng.TmplAstRecursiveVisitor {
  constructor(report, same) {
    super();
    this.report = report;
    this.same = same;
  }
  // Angular sets `i18n` on the element that carries the marking, not on the text inside it: the
  // texts (and blocks) under a marked element are part of its message.
  visitElement(element) {
    this.within(element, () => super.visitElement(element));
  }
  visitTemplate(template) {
    this.within(template, () => super.visitTemplate(template));
  }
  within(node, visit) {
    const marked = Boolean(node.i18n);
    if (marked) this.marked = (this.marked ?? 0) + 1;
    visit();
    if (marked) this.marked--;
  }
  visitText(text) {
    if (this.marked) return;
    if (!text.i18n && isProse(text.value, this.same)) this.report(text.sourceSpan, `text « ${text.value.trim()} » has no i18n`);
  }
  visitBoundText(text) {
    if (this.marked) return;
    const strings = text.value.ast?.strings ?? [];
    const literal = strings.join(' ').trim();
    if (!text.i18n && isProse(literal, this.same)) this.report(text.sourceSpan, `text « ${literal} » has no i18n`);
  }
  visitTextAttribute(attribute) {
    if (attribute.i18n || !attribute.value) return;
    const name = attribute.name.toLowerCase();
    const prose = PROSE_ATTRIBUTES.has(name) || (!CODE_ATTRIBUTES.test(name) && /\s/.test(attribute.value.trim()));
    if (prose && isProse(attribute.value, this.same)) this.report(attribute.sourceSpan, `attribute ${attribute.name}="${attribute.value}" has no i18n-${attribute.name}`);
  }
  visitIcu() {}
}

function isProse(text, same) {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  return /\p{L}{2,}/u.test(trimmed) && !same.has(trimmed);
}

export function frenchOutsideLocalize(appDir, root) {
  const same = sameInEnglish(root);
  const problems = [];
  for (const file of sourceFiles(appDir)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (ts.isTaggedTemplateExpression(node) && node.tag.getText(source) === '$localize') return;
      if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
      if (ts.isPropertyAssignment(node) && ['template', 'styles', 'selector'].includes(node.name.getText(source))) return;
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
        const text = ts.isTemplateExpression(node)
          ? [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ')
          : node.text;
        if (looksFrench(text, same)) {
          const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
          problems.push(`${relative(root, file)}:${line + 1}: « ${text.trim().slice(0, 80)} » is French outside $localize`);
        }
        return;
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return problems;
}

function looksFrench(text, same) {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (same.has(trimmed) || !/\p{L}{2,}/u.test(trimmed)) return false;
  return FRENCH_LETTERS.test(trimmed) || (/\p{L}+ \p{L}+/u.test(trimmed) && FRENCH_WORDS.test(trimmed));
}

/** Every inline template and templateUrl of a component file, with the line it starts on. */
function componentTemplates(file) {
  const text = readFileSync(file, 'utf8');
  if (!text.includes('@Component')) return [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found = [];
  const visit = (node) => {
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name)) {
      const init = node.initializer;
      if (node.name.text === 'template' && (ts.isNoSubstitutionTemplateLiteral(init) || ts.isStringLiteral(init))) {
        const { line } = source.getLineAndCharacterOfPosition(init.getStart(source));
        found.push({ template: init.text, url: file, line: line + 1 });
      }
      if (node.name.text === 'templateUrl' && ts.isStringLiteral(init)) {
        const url = join(dirname(file), init.text);
        found.push({ template: readFileSync(url, 'utf8'), url, line: 1 });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function sourceFiles(dir) {
  const files = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...sourceFiles(path));
    // Specs and their fixtures (a testing/ folder, a testing-*.ts file) are not the interface.
    else if (name.endsWith('.ts') && !name.endsWith('.spec.ts') && !name.startsWith('testing-') && !path.includes('/testing/')) files.push(path);
  }
  return files;
}

let sameCache;
function sameInEnglish(root) {
  sameCache ??= new Set(JSON.parse(readFileSync(join(root, 'apps/web/src/locale/same-in-english.json'), 'utf8')));
  return sameCache;
}
