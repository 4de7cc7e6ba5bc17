import { BadRequestException, CallHandler, ExecutionContext, Injectable } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Observable } from 'rxjs';
import { invalid } from '../common/errors/app-error';
import { MAX_FILE_BYTES } from './workbook-reader';

/**
 * Multer, limited to one file of 10 MB in the field `file` (more is a 413 before it is read). Its
 * other refusals (another field, several files) are English 400s: they leave in French.
 */
@Injectable()
export class WorkbookUploadInterceptor extends FileInterceptor('file', { limits: { fileSize: MAX_FILE_BYTES, files: 1 } }) {
  override async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await super.intercept(context, next);
    } catch (error) {
      if (error instanceof BadRequestException) {
        throw invalid('Envoyez un seul classeur (.xlsx), dans le champ « file » d’un formulaire multipart.', {
          file: 'Un seul fichier, dans le champ « file ».',
        });
      }
      throw error;
    }
  }
}
