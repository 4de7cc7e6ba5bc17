import { AppError, invalid } from './errors/app-error';

/**
 * The version a write is based on: `If-Match: 3`, `"3"` or `W/"3"`, else `version` in the body;
 * without either, 428 (DESIGN §5).
 */
export function requiredVersion(header: string | undefined, bodyVersion: number | undefined, what: string): number {
  if (header) {
    const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim());
    if (!match) throw invalid(`En-tête If-Match invalide : la version ${what} est attendue (ex. If-Match: 3).`);
    return Number(match[1]);
  }
  if (bodyVersion !== undefined) return bodyVersion;
  throw new AppError('precondition_required', `Indiquez la version modifiée ${what} : en-tête If-Match (ou « version » dans le corps).`);
}
