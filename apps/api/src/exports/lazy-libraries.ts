/**
 * exceljs (about 28 MB once loaded) and pdfkit (about 11 MB) are required on the first file asked
 * for, not when the API starts: most processes never write a workbook or a briefing, and their
 * memory counts against the budget of every replica (README, `npm run bench`).
 */
export function exceljs(): typeof import('exceljs') {
  return require('exceljs') as typeof import('exceljs');
}

export function pdfkit(): typeof import('pdfkit') {
  return require('pdfkit') as typeof import('pdfkit');
}
