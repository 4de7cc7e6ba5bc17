import { Workbook, type Worksheet } from 'exceljs';
import type { TestApp, TestResponse } from './test-app';

/** The demo's active plan. */
export async function activePlanId(t: TestApp): Promise<number> {
  const { rows } = await t.sql.query(`SELECT id FROM plans WHERE state = 'active' ORDER BY id LIMIT 1`);
  return rows[0].id;
}

export async function downloadTemplate(t: TestApp, token: string, planId: number): Promise<Buffer> {
  const response = await fetch(`${t.base}/imports/plans/${planId}/template.xlsx`, { headers: { authorization: `Bearer ${token}` } });
  if (response.status !== 200) throw new Error(`template: ${response.status} ${await response.text()}`);
  return Buffer.from(await response.arrayBuffer());
}

/** Sends a file as the web page does: multipart, field `file`. */
export function upload(
  t: TestApp,
  token: string | undefined,
  planId: number,
  file: Buffer,
  options: { dryRun?: boolean; name?: string; field?: string } = {},
): Promise<TestResponse> {
  const form = new FormData();
  form.append(options.field ?? 'file', new Blob([new Uint8Array(file)]), options.name ?? 'plan.xlsx');
  const query = options.dryRun === false ? '' : '?dryRun=true';
  return t.request(`/imports/plans/${planId}${query}`, { method: 'POST', body: form, token });
}

/** Opens a workbook, lets the test change it, and writes it again. */
export async function editWorkbook(file: Buffer, edit: (workbook: Workbook) => void): Promise<Buffer> {
  const workbook = new Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  edit(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The 1-based column of a header in a sheet's first row. */
export function columnOf(workbook: Workbook, sheet: string, header: string): number {
  const row = workbook.getWorksheet(sheet)?.getRow(1);
  let found = 0;
  row?.eachCell((cell, col) => {
    if (cell.value === header) found = col;
  });
  if (!found) throw new Error(`no column ${header} in ${sheet}`);
  return found;
}

/** The row (1-based) whose column `header` holds `value`. */
export function rowWhere(workbook: Workbook, sheet: string, header: string, value: unknown): number {
  const ws = workbook.getWorksheet(sheet);
  const col = columnOf(workbook, sheet, header);
  let found = 0;
  ws?.eachRow((row, n) => {
    if (n > 1 && !found && row.getCell(col).value === value) found = n;
  });
  if (!found) throw new Error(`no row with ${header} = ${String(value)} in ${sheet}`);
  return found;
}

export function sheet(workbook: Workbook, name: string): Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

export function setCell(workbook: Workbook, name: string, row: number, header: string, value: unknown): void {
  sheet(workbook, name)
    .getRow(row)
    .getCell(columnOf(workbook, name, header)).value = value as never;
}

/** Counts that say nothing would be written. */
export function nothingToDo(counts: Record<string, { create: number; change: number }>): boolean {
  return Object.values(counts).every((c) => c.create === 0 && c.change === 0);
}
