// Reads a PDF with pdfjs (ESM-only, so outside Jest's CommonJS) and prints what the specs check:
// each page's size and text, the document's metadata, its catalog's /MarkInfo and /Lang, and
// whether page 1 has a structure tree, the structure roles used and the figures' alternative texts. Usage: node read-pdf.mjs <file.pdf>
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const data = new Uint8Array(readFileSync(process.argv[2]));
const pdf = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
const pages = [];
// The structure elements' roles, and the alternative texts of the figures, over all pages.
const roles = new Set();
const alts = [];
const walk = (node) => {
  if (!node || !('role' in node)) return;
  roles.add(node.role);
  if (node.alt) alts.push(node.alt);
  for (const child of node.children ?? []) walk(child);
};
for (let n = 1; n <= pdf.numPages; n++) {
  const page = await pdf.getPage(n);
  walk(await page.getStructTree());
  const content = await page.getTextContent();
  const [x0, y0, x1, y1] = page.view;
  pages.push({ width: x1 - x0, height: y1 - y0, text: content.items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\n' : '') : '')).join('') });
}
const { info } = await pdf.getMetadata();
const markInfo = await pdf.getMarkInfo();
const tree = await (await pdf.getPage(1)).getStructTree();
process.stdout.write(JSON.stringify({ pages, info, markInfo, structTree: tree !== null, roles: [...roles], alts }));
await pdf.destroy();
