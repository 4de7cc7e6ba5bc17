import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { createTestApp, TestApp } from './support/test-app';
import { activePlanId, downloadTemplate, editWorkbook, upload } from './support/import-fixtures';

/** Issue 11: a bad file gets a French 4xx and nothing is written. */
describe('import of bad files', () => {
  let t: TestApp;
  let admin: string;
  let planId: number;
  let template: Buffer;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin@boussole.test');
    planId = await activePlanId(t);
    template = await downloadTemplate(t, admin, planId);
  });
  afterAll(async () => t.close());

  const written = async () => (await t.sql.query(`SELECT (SELECT count(*)::int FROM audit_events) + (SELECT count(*)::int FROM imports) AS n`)).rows[0].n;

  /** Refused as a whole, in French, and nothing kept, not even a report. */
  async function expectRefused(file: Buffer, status: number, message: string | RegExp, dryRun = false): Promise<void> {
    const before = await written();
    const response = await upload(t, admin, planId, file, { dryRun });
    expect(response.status).toBe(status);
    expect(response.body.message).toMatch(message);
    expect(await written()).toBe(before);
  }

  it('refuses a file that is not an xlsx', async () => {
    await expectRefused(Buffer.from('Code;Titre\n1.1.1;Une action\n'), 400, 'Ce fichier n’est pas un classeur Excel (.xlsx).');
    const zip = new JSZip();
    zip.file('document.txt', 'bonjour');
    await expectRefused(await zip.generateAsync({ type: 'nodebuffer' }), 400, 'Ce fichier n’est pas un classeur Excel (.xlsx).');
  });

  it('refuses a damaged file and an encrypted one', async () => {
    await expectRefused(template.subarray(0, Math.floor(template.length / 2)), 400, /^Ce classeur est endommagé/);
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]);
    await expectRefused(ole, 400, /protégé par un mot de passe ou au format Excel 97-2003/);
  });

  it('refuses more than 10 MB, before reading it', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 1024, 1);
    big.write('PK\u0003\u0004');
    await expectRefused(big, 413, 'La requête est trop volumineuse.');
  });

  it('refuses an archive that inflates far beyond its size (a zip bomb)', async () => {
    const zip = await JSZip.loadAsync(template);
    zip.file('xl/media/bombe.bin', Buffer.alloc(40 * 1024 * 1024));
    const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expectRefused(bomb, 400, 'Ce fichier se décompresse en un volume démesuré par rapport à sa taille : il est refusé.');
  });

  it('refuses a sheet of more than 20,000 rows', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Mesures');
    sheet.addRow(['Indicateur (identifiant)', 'Période', 'Région (code)', 'Valeur']);
    for (let i = 0; i < 20_001; i++) sheet.addRow([1, '2026-01-01', null, i]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    await expectRefused(file, 400, 'La feuille « Mesures » compte plus de 20\u202f000 lignes : découpez l’import en plusieurs fichiers.');
  });

  it('refuses a workbook without any sheet of the import, and a request without a file', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('Feuil1').addRow(['rien']);
    await expectRefused(Buffer.from(await workbook.xlsx.writeBuffer()), 400, /^Ce classeur n’a aucune des feuilles de l’import/);
    const form = new FormData();
    form.append('autre', 'x');
    const response = await t.request(`/imports/plans/${planId}?dryRun=true`, { method: 'POST', body: form, token: admin });
    expect(response.status).toBe(400);
    expect(response.body.message).toBe('Joignez le classeur (.xlsx) dans le champ « file ».');
    const elsewhere = await upload(t, admin, planId, template, { field: 'document' });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.message).toBe('Envoyez un seul classeur (.xlsx), dans le champ « file » d’un formulaire multipart.');
  });

  it('names a wrong header and a missing one, and applies nothing', async () => {
    const file = await editWorkbook(template, (wb) => {
      const header = wb.getWorksheet('Actions')?.getRow(1).getCell(4);
      if (header) header.value = 'Intitulé';
    });
    const dry = await upload(t, admin, planId, file);
    expect(dry.status).toBe(200);
    expect(dry.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ cell: 'Actions!D1', message: 'Colonne inconnue « Intitulé » : les en-têtes sont ceux du modèle.' }),
        expect.objectContaining({ cell: 'Actions!1', message: 'La colonne « Titre » manque à la feuille « Actions ».' }),
      ]),
    );
    const before = await written();
    expect((await upload(t, admin, planId, file, { dryRun: false })).status).toBe(400);
    expect(await written()).toBe(before + 1); // the refused report only
  });

  it('is for admins only', async () => {
    for (const email of ['direction@boussole.test', 'pf@boussole.test', 'lecture@boussole.test']) {
      const token = await t.login(email);
      const response = await upload(t, token, planId, template);
      expect(response.status).toBe(403);
      expect(response.body.message).toBe('La gestion du plan, des campagnes et des imports est réservée à l’administration.');
      expect((await t.request(`/imports/plans/${planId}/template.xlsx`, { token })).status).toBe(403);
    }
    expect((await upload(t, undefined, planId, template)).status).toBe(401);
    expect((await t.request(`/imports/plans/${planId}/template.xlsx`)).status).toBe(401);
    const report = (await upload(t, admin, planId, template)).body.id;
    expect((await t.request(`/imports/${report}`, { token: await t.login('direction@boussole.test') })).status).toBe(403);
    expect((await t.request(`/imports/${report}`)).status).toBe(401);
    expect((await t.request(`/imports/999999`, { token: admin })).status).toBe(404);
  });

  it('refuses an archived plan', async () => {
    const {
      rows: [archived],
    } = await t.sql.query(`SELECT id FROM plans WHERE state = 'archived' LIMIT 1`);
    const response = await upload(t, admin, archived.id, template);
    expect(response.status).toBe(409);
    expect(response.body.message).toMatch(/^Ce projet stratégique est archivé/);
  });
});
