import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { promisify } from 'node:util';

/**
 * The workbook's sheets and headers as a director sees them (apps/api/src/exports/workbook-layout.ts),
 * written out here rather than imported: the journey holds the file to what people read in it.
 */
export const EXPORT_HEADERS: Readonly<Record<string, readonly string[]>> = {
  Axes: ['Identifiant', 'Numéro', 'Titre', 'Description', 'Avancement', 'Avancement attendu', 'Santé', 'Actions'],
  Objectifs: ['Identifiant', 'Axe', 'Code', 'Titre', 'Description', 'Avancement', 'Avancement attendu', 'Santé'],
  Actions: [
    'Identifiant',
    'Objectif',
    'Code',
    'Titre',
    'Description',
    'Sous-direction',
    'Responsable (courriel)',
    'Responsable',
    'Début',
    'Échéance',
    'Poids',
    'Régionale',
    'Météo déclarée',
    'Météo retenue',
    'Avancement',
    'Avancement attendu',
    'Écart (points)',
    'Alertes',
    'Dernier point',
    'Dernier point d’avancement',
  ],
  'Points d’avancement': ['Action', 'Date', 'Campagne', 'Météo', 'Avancement', 'Point d’avancement', 'Prochaines étapes', 'Difficultés', 'Auteur·rice'],
  Déploiements: ['Action', 'Région (code)', 'Région', 'Météo', 'Avancement', 'Commentaire de l’ARS', 'Mis à jour le'],
  Indicateurs: [
    'Identifiant',
    'Rattachement',
    'Nom',
    'Unité',
    'Valeur de référence',
    'Date de référence',
    'Cible',
    'Date cible',
    'Périodicité',
    'Par région',
    'Source',
    'Définition',
    'Atteinte',
    'Dernière valeur',
  ],
  Mesures: ['Indicateur (identifiant)', 'Indicateur', 'Période', 'Région (code)', 'Valeur'],
};

export async function loadWorkbook(file: string | Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const bytes = typeof file === 'string' ? await readFile(file) : file;
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

export function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet « ${name} » in ${workbook.worksheets.map((s) => s.name).join(', ')}`);
  return sheet;
}

/** The first row's texts. */
export function headersOf(sheet: ExcelJS.Worksheet): string[] {
  return (sheet.getRow(1).values as unknown[]).slice(1).map(String);
}

/** The rows after the header, each as its cells keyed by header. */
export function rowsOf(workbook: ExcelJS.Workbook, name: string): Record<string, ExcelJS.Cell>[] {
  const sheet = sheetOf(workbook, name);
  const headers = headersOf(sheet);
  const rows: Record<string, ExcelJS.Cell>[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) rows.push(Object.fromEntries(headers.map((h, i) => [h, row.getCell(i + 1)])));
  });
  return rows;
}

/** Adds a row to a template's sheet by header (the template holds only the importable columns). */
export function addRow(workbook: ExcelJS.Workbook, name: string, values: Record<string, unknown>): number {
  const sheet = sheetOf(workbook, name);
  const headers = headersOf(sheet);
  const unknown = Object.keys(values).filter((h) => !headers.includes(h));
  if (unknown.length) throw new Error(`no column ${unknown.join(', ')} in ${name}: ${headers.join(', ')}`);
  const row = sheet.addRow(headers.map((h) => values[h] ?? null));
  return row.number;
}

/** The cell reference (`Actions!F3`) the import gives for a row and a header of a template's sheet. */
export function cellRef(workbook: ExcelJS.Workbook, name: string, row: number, header: string): string {
  const column = headersOf(sheetOf(workbook, name)).indexOf(header) + 1;
  if (column === 0) throw new Error(`no column ${header} in ${name}`);
  return `${name}!${sheetOf(workbook, name).getColumn(column).letter}${row}`;
}

export async function bytesOf(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface ReadPdf {
  pages: { width: number; height: number; text: string }[];
  info: { Title?: string; Language?: string };
  markInfo: { Marked?: boolean } | null;
  structTree: boolean;
}

/** Spaces of every kind as one: the PDF prints U+202F as U+00A0, and lines wrap. */
export const flat = (text: string): string => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/**
 * A PDF read by the API tests' script (pdfjs, ESM-only, so in a child process rather than in
 * Jest's CommonJS), with its pages' text joined.
 */
export async function readPdf(file: string): Promise<ReadPdf & { text: string }> {
  const script = resolve(__dirname, '../../../apps/api/test/read-pdf.mjs');
  const { stdout } = await promisify(execFile)(process.execPath, [script, file], { maxBuffer: 64 * 1024 * 1024 });
  const pdf = JSON.parse(stdout) as ReadPdf;
  return { ...pdf, text: flat(pdf.pages.map((p) => p.text).join('\n')) };
}

/** Clicks with `trigger` and saves the file the browser receives in `folder` (the pages fetch a blob and hand it over). */
export async function saveDownload(page: Page, folder: string, trigger: () => Promise<void>): Promise<{ name: string; path: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const name = download.suggestedFilename();
  const path = join(folder, `${Date.now()}-${name}`);
  await download.saveAs(path);
  return { name, path };
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * The import template filled with a small plan: 2 axes, 3 objectives, 4 actions of the two
 * `units`, 1 indicator. With `faults`, action 1.2.1 names an unknown unit and action 2.1.1 a due
 * date that does not exist, typed as text; `refs` gives those two cells as the import names them.
 */
export async function planStructure(
  template: Buffer,
  units: [string, string],
  faults = false,
): Promise<{ workbook: ExcelJS.Workbook; refs: { unit: string; date: string } }> {
  const workbook = await loadWorkbook(template);
  addRow(workbook, 'Axes', { Numéro: 1, Titre: 'Rendre les métiers du soin attractifs' });
  addRow(workbook, 'Axes', { Numéro: 2, Titre: 'Garantir l’accès aux soins' });
  addRow(workbook, 'Objectifs', { Axe: 1, Code: '1.1', Titre: 'Fidéliser les soignants' });
  addRow(workbook, 'Objectifs', { Axe: 1, Code: '1.2', Titre: 'Former davantage' });
  addRow(workbook, 'Objectifs', { Axe: 2, Code: '2.1', Titre: 'Réduire les délais d’accès' });
  const action = (objective: string, code: string, title: string, unit: string, due: Date | string) =>
    addRow(workbook, 'Actions', {
      Objectif: objective,
      Code: code,
      Titre: title,
      'Sous-direction': unit,
      Début: day('2026-01-05'),
      Échéance: due,
      Poids: 1,
      Régionale: false,
    });
  action('1.1', '1.1.1', 'Plannings partagés dans les services', units[0], day('2027-06-30'));
  action('1.1', '1.1.2', 'Tutorat des nouveaux infirmiers', units[1], day('2027-06-30'));
  const unknownUnit = action('1.2', '1.2.1', 'Places de formation en soins infirmiers', faults ? 'XYZ' : units[0], day('2027-12-31'));
  const badDate = action('2.1', '2.1.1', 'Consultations avancées en zone sous-dense', units[1], faults ? '2026-02-30' : day('2027-12-31'));
  addRow(workbook, 'Indicateurs', {
    Rattachement: '1.1.1',
    Nom: 'Part des services aux plannings partagés',
    Unité: '%',
    'Valeur de référence': 10,
    'Date de référence': day('2026-01-01'),
    Cible: 80,
    'Date cible': day('2027-12-31'),
    Périodicité: 'Trimestrielle',
  });
  return { workbook, refs: { unit: cellRef(workbook, 'Actions', unknownUnit, 'Sous-direction'), date: cellRef(workbook, 'Actions', badDate, 'Échéance') } };
}
