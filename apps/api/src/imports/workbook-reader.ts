import type { CellValue as ExcelCellValue, Worksheet } from 'exceljs';
import { exceljs } from '../exports/lazy-libraries';
import JSZip from 'jszip';
import { invalid } from '../common/errors/app-error';
import { IMPORT_SHEETS, type CellKind, type WorkbookColumn, type WorkbookSheet } from '../exports/workbook-layout';
import { cellError, type CellValue, type ImportError, type ReadSheet, type SheetRow } from './import-types';

/** The most a file may hold (multer refuses more before it is read). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_ROWS = 20_000;
/** An xlsx is XML in a zip: it inflates 5 to 20 times. Far more is a zip bomb, whatever its size. */
const MAX_INFLATED_BYTES = 150 * 1024 * 1024;
const MAX_RATIO = 100;

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** An OLE compound file: an encrypted xlsx, or the old .xls format. */
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export interface ReadWorkbook {
  sheets: Map<string, ReadSheet>;
  errors: ImportError[];
}

/**
 * Reads an uploaded workbook in the layout of the plan's export. A file that is not a readable xlsx
 * is refused as a whole (400, nothing read); the cells of a readable one are checked against their
 * column's type and each refusal is kept with its place (`Actions!F12`).
 */
export async function readWorkbook(buffer: Buffer): Promise<ReadWorkbook> {
  await assertSafeArchive(buffer);
  const workbook = new (exceljs().Workbook)();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw invalid('Ce classeur est endommagé : Excel ou LibreOffice peuvent le réparer, enregistrez-le puis importez-le à nouveau.');
  }
  const sheets = new Map<string, ReadSheet>();
  const errors: ImportError[] = [];
  for (const layout of IMPORT_SHEETS) {
    const worksheet = workbook.getWorksheet(layout.name);
    if (!worksheet) continue;
    if (worksheet.rowCount > MAX_ROWS + 1) {
      throw invalid(`La feuille « ${layout.name} » compte plus de ${MAX_ROWS.toLocaleString('fr-FR')} lignes : découpez l’import en plusieurs fichiers.`);
    }
    sheets.set(layout.name, readSheet(worksheet, layout, errors));
  }
  if (sheets.size === 0) {
    throw invalid(
      `Ce classeur n’a aucune des feuilles de l’import (${IMPORT_SHEETS.map((s) => s.name).join(', ')}) : partez du modèle ou de l’export du projet stratégique.`,
    );
  }
  return { sheets, errors };
}

/** Not a zip, an encrypted file, a damaged archive or one that inflates far beyond its size: refused before exceljs reads it. */
async function assertSafeArchive(buffer: Buffer): Promise<void> {
  if (buffer.subarray(0, OLE_MAGIC.length).equals(OLE_MAGIC)) {
    throw invalid('Ce fichier est protégé par un mot de passe ou au format Excel 97-2003 (.xls) : enregistrez-le sans mot de passe au format .xlsx.');
  }
  if (!buffer.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC)) {
    throw invalid('Ce fichier n’est pas un classeur Excel (.xlsx).');
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer, { checkCRC32: false });
  } catch {
    throw invalid('Ce classeur est endommagé ou chiffré : il ne peut pas être lu.');
  }
  if (!zip.file('xl/workbook.xml')) throw invalid('Ce fichier n’est pas un classeur Excel (.xlsx).');
  let inflated = 0;
  for (const entry of Object.values(zip.files)) {
    // The sizes the central directory declares (jszip keeps them on a private field).
    const data = (entry as unknown as { _data?: { uncompressedSize?: number } })._data;
    inflated += data?.uncompressedSize ?? 0;
  }
  if (inflated > MAX_INFLATED_BYTES || inflated > buffer.length * MAX_RATIO) {
    throw invalid('Ce fichier se décompresse en un volume démesuré par rapport à sa taille : il est refusé.');
  }
}

function readSheet(worksheet: Worksheet, layout: WorkbookSheet, errors: ImportError[]): ReadSheet {
  const byHeader = new Map(layout.columns.map((c) => [normalize(c.header), c]));
  const found = new Map<number, WorkbookColumn>();
  const letters: Record<string, string> = {};
  worksheet.getRow(1).eachCell((cell, col) => {
    const text = normalize(textOf(cell.value));
    if (!text) return;
    const column = byHeader.get(text);
    if (!column) {
      errors.push(
        cellError(layout.name, 1, cell.address.replace(/[0-9]+$/, ''), `Colonne inconnue « ${textOf(cell.value)} » : les en-têtes sont ceux du modèle.`),
      );
    } else if (letters[column.key]) {
      errors.push(cellError(layout.name, 1, cell.address.replace(/[0-9]+$/, ''), `La colonne « ${column.header} » apparaît deux fois.`));
    } else {
      found.set(col, column);
      letters[column.key] = cell.address.replace(/[0-9]+$/, '');
    }
  });
  for (const column of layout.columns) {
    if (column.required && !letters[column.key])
      errors.push(cellError(layout.name, 1, null, `La colonne « ${column.header} » manque à la feuille « ${layout.name} ».`));
  }
  const rows: SheetRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return;
    const values: Record<string, CellValue> = {};
    let filled = false;
    for (const [col, column] of found) {
      if (!column.importable) continue;
      const cell = row.getCell(col);
      const read = readCell(cell.value, column.kind);
      if ('error' in read) {
        errors.push(cellError(layout.name, number, letters[column.key], `« ${column.header} » : ${read.error}`));
        values[column.key] = null;
        filled = true;
      } else {
        values[column.key] = read.value;
        if (read.value !== null) filled = true;
      }
    }
    if (filled) rows.push({ row: number, values });
  });
  return { name: layout.name, rows, letters };
}

function normalize(text: string): string {
  return text.trim().replace(/\s+/g, ' ').replace(/'/g, '’').toLowerCase();
}

/** The text a cell shows: rich text, links and formulas by their text or result. */
function textOf(value: ExcelCellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value) return textOf((value.result ?? null) as ExcelCellValue);
  return '';
}

function readCell(raw: ExcelCellValue, kind: CellKind): { value: CellValue } | { error: string } {
  let value: ExcelCellValue = raw ?? null;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    if ('error' in value) return { error: `la cellule contient l’erreur ${value.error}.` };
    if ('formula' in value || 'sharedFormula' in value) value = ((value as { result?: ExcelCellValue }).result ?? null) as ExcelCellValue;
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) value = textOf(value);
  if (typeof value === 'string') {
    value = value.trim();
    if (value === '') return { value: null };
  }
  if (value === null || value === undefined) return { value: null };
  switch (kind) {
    case 'integer':
    case 'number':
    case 'percent':
      return numberOf(value, kind === 'integer');
    case 'date':
    case 'datetime':
      return dateOf(value);
    case 'boolean':
      return booleanOf(value);
    default:
      return { value: value instanceof Date ? value.toISOString().slice(0, 10) : String(value) };
  }
}

function numberOf(value: string | number | boolean | Date, integer: boolean): { value: number } | { error: string } {
  let n: number | null = null;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && /^-?[0-9][0-9\s\u202f\u00a0]*([.,][0-9]+)?$/.test(value))
    n = Number(value.replace(/[\s\u202f\u00a0]/g, '').replace(',', '.'));
  if (n === null || !Number.isFinite(n)) return { error: `« ${String(value)} » n’est pas un nombre.` };
  if (integer && !Number.isInteger(n)) return { error: `« ${String(value)} » n’est pas un nombre entier.` };
  return { value: n };
}

/** A date cell, a serial number, or a text `AAAA-MM-JJ` / `JJ/MM/AAAA` naming a day that exists. */
function dateOf(value: string | number | boolean | Date): { value: string } | { error: string } {
  if (value instanceof Date) return { value: value.toISOString().slice(0, 10) };
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 1 || value > 2958465) return { error: `« ${value} » n’est pas une date.` };
    return { value: new Date(Date.UTC(1899, 11, 30) + value * 86_400_000).toISOString().slice(0, 10) };
  }
  const text = String(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const [y, m, d] = iso ? [+iso[1], +iso[2], +iso[3]] : fr ? [+fr[3], +fr[2], +fr[1]] : [NaN, NaN, NaN];
  if (Number.isNaN(y)) return { error: `« ${text} » n’est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA).` };
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return { error: `la date « ${text} » n’existe pas.` };
  return { value: date.toISOString().slice(0, 10) };
}

function booleanOf(value: string | number | boolean | Date): { value: boolean } | { error: string } {
  if (typeof value === 'boolean') return { value };
  const text = String(value).toLowerCase();
  if (['oui', 'vrai', 'true', '1', 'o'].includes(text)) return { value: true };
  if (['non', 'faux', 'false', '0', 'n'].includes(text)) return { value: false };
  return { error: `« ${String(value)} » n’est ni oui ni non.` };
}
