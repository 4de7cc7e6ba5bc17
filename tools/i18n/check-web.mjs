#!/usr/bin/env node
// The web app's English, checked whole. Fails (exit 1) when:
//  - a message marked for translation (`i18n` in a template, `$localize` in code) has no English
//    translation in apps/web/src/locale/en/*.json, or one whose placeholders differ;
//  - an English file holds a translation no message needs any more (a French text changed);
//  - a template shows text, or a title / aria-label / placeholder / alt / label attribute, that is
//    not marked for translation at all;
//  - code holds a French sentence outside `$localize`.
//
//   node tools/i18n/check-web.mjs                 everything (extracts the messages first, ~15 s)
//   node tools/i18n/check-web.mjs --skip-extract  reuse dist/i18n/web/messages.xlf
//   … --out dist/i18n/mine                         extract there instead (several checks at once)
//   node tools/i18n/check-web.mjs --missing apps/web/src/app/features/admin
//        prints, as JSON ready to translate, the messages under that path that lack English
//   node tools/i18n/check-web.mjs --untagged apps/web/src/app/features/admin
//        only the texts left unmarked under that path (no extraction: a second or two)
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { untaggedTemplateTexts, frenchOutsideLocalize } from './untagged.mjs';
import { readXliff2 } from './xliff.mjs';

const root = join(fileURLToPath(import.meta.url), '../../..');
const args = process.argv.slice(2);
const missingUnder = args.includes('--missing') ? args[args.indexOf('--missing') + 1] : null;
// Each person checking at once keeps the extraction apart: --out dist/i18n/<name>.
const outDir = args.includes('--out') ? args[args.indexOf('--out') + 1] : 'dist/i18n/web';
const xlf = join(root, outDir, 'messages.xlf');
const appDir = join(root, 'apps/web/src/app');

if (args.includes('--untagged')) {
  const prefix = relative(root, join(root, args[args.indexOf('--untagged') + 1]));
  const left = [...untaggedTemplateTexts(appDir, root), ...frenchOutsideLocalize(appDir, root)].filter((p) => p.startsWith(prefix));
  console.log(left.length ? left.join('\n') : `Nothing left unmarked under ${prefix}.`);
  process.exit(left.length ? 1 : 0);
}

if (!args.includes('--skip-extract') || !existsSync(xlf)) {
  execFileSync('npx', ['nx', 'run', 'web:extract-i18n', '--skip-nx-cache', '--outputStyle=static', `--output-path=${outDir}`], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  });
}

const messages = readXliff2(readFileSync(xlf, 'utf8'));
const english = readEnglish(join(root, 'apps/web/src/locale/en'));

if (missingUnder) {
  const prefix = relative(root, join(root, missingUnder));
  const todo = {};
  for (const m of messages) {
    if (!english.translations.has(m.id) && m.locations.some((l) => l.startsWith(prefix))) todo[m.id] = m.source;
  }
  process.stdout.write(`${JSON.stringify(todo, null, 2)}\n`);
  process.exit(0);
}

const problems = [...english.problems];
const needed = new Set(messages.map((m) => m.id));
for (const m of messages) {
  const en = english.translations.get(m.id);
  if (en === undefined) {
    problems.push(`${m.locations[0]}: no English for « ${m.source} » (id ${m.id})`);
  } else if (placeholders(en) !== placeholders(m.source)) {
    problems.push(`${m.locations[0]}: the English of ${m.id} has placeholders ${placeholders(en) || 'none'}, the French ${placeholders(m.source) || 'none'}`);
  }
}
for (const [id, file] of english.files) {
  if (!needed.has(id)) problems.push(`${file}: ${id} translates no message any more (its French text changed or went)`);
}
problems.push(...untaggedTemplateTexts(appDir, root), ...frenchOutsideLocalize(appDir, root));

if (problems.length) {
  console.error(`Web English: ${problems.length} problem(s)\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`Web English: ${messages.length} messages, all translated; no text left unmarked.`);

function readEnglish(dir) {
  const translations = new Map();
  const files = new Map();
  const problems = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const file = relative(root, join(dir, name));
    const entries = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    for (const [id, text] of Object.entries(entries)) {
      const earlier = translations.get(id);
      if (earlier !== undefined && earlier !== text) problems.push(`${file}: ${id} is translated differently in ${files.get(id)}`);
      translations.set(id, text);
      if (!files.has(id)) files.set(id, file);
    }
  }
  return { translations, files, problems };
}

function placeholders(text) {
  return [...text.matchAll(/\{\$([A-Z0-9_]+)\}/g)].map((m) => m[1]).sort().join(',');
}
