import { Controller, Get, Header, HttpCode, Param, Post, Query, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { RequestUser } from '../auth/request-user';
import { Allow, CurrentUser } from '../common/decorators/access.decorator';
import { invalid } from '../common/errors/app-error';
import { ParseIdPipe } from '../common/pipes/id.pipe';
import { ImportTemplateService } from './import-template.service';
import { ImportsService, type ImportReport, type UploadedWorkbook } from './imports.service';
import { WorkbookUploadInterceptor } from './workbook-upload.interceptor';
import { ApiAnswers } from '../common/openapi/api-answers.decorator';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('imports')
@Controller('imports')
export class ImportsController {
  constructor(
    private readonly imports: ImportsService,
    private readonly templates: ImportTemplateService,
  ) {}

  @ApiAnswers({ summary: 'Le modèle d’import : les feuilles de l’import, pré-remplies avec la structure du projet.', ok: { file: XLSX }, errors: [403, 404] })
  @Allow('plan.manage')
  @Get('plans/:id/template.xlsx')
  @Header('Content-Type', XLSX)
  async template(@Param('id', ParseIdPipe) id: number): Promise<StreamableFile> {
    const buffer = await this.templates.template(id);
    return new StreamableFile(buffer, { type: XLSX, disposition: `attachment; filename="modele-import-projet-${id}.xlsx"` });
  }

  @ApiAnswers({
    summary: 'Importe un classeur au format de l’export : « dryRun=true » simule et dit ce qui serait créé ou modifié, et chaque erreur.',
    ok: 'ImportReport',
    errors: [404, 409, 413, 415],
    // A file with errors is refused, and the refused run (its errors by cell) comes with the 400.
    invalid: 'ImportReport',
  })
  @Allow('plan.manage')
  @Post('plans/:id')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary', description: 'Le classeur (.xlsx, 10 Mo au plus).' } },
    },
  })
  @ApiQuery({ name: 'dryRun', required: false, type: Boolean, description: 'true : simule, n’écrit que le compte rendu.' })
  @UseInterceptors(WorkbookUploadInterceptor)
  run(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIdPipe) id: number,
    @UploadedFile() file: UploadedWorkbook | undefined,
    @Query('dryRun') dryRun?: unknown,
  ): Promise<ImportReport> {
    if (!file) throw invalid('Joignez le classeur (.xlsx) dans le champ « file ».', { file: 'Classeur manquant.' });
    if (dryRun !== undefined && !['true', 'false', '1', '0'].includes(String(dryRun))) {
      throw invalid('« dryRun » vaut true ou false.', { dryRun: '« dryRun » vaut true ou false.' });
    }
    // Multer reads the file name as Latin-1; browsers send it in UTF-8.
    const originalname = Buffer.from(file.originalname ?? '', 'latin1').toString('utf8');
    return this.imports.run(user, id, { ...file, originalname }, dryRun === 'true' || dryRun === '1');
  }

  @ApiAnswers({ summary: 'Le compte rendu d’un import.', ok: 'ImportReport', errors: [403, 404] })
  @Allow('plan.manage')
  @Get(':id')
  report(@Param('id', ParseIdPipe) id: number): Promise<ImportReport> {
    return this.imports.get(id);
  }
}
