import { Logger } from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import { finished } from 'node:stream/promises';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv; charset=utf-8';

const logger = new Logger('Exports');

/**
 * Sends a file made as a stream. Everything that can be refused is checked before this is called;
 * a failure once the headers are out cannot become a JSON error any more, so the response is
 * destroyed: the client sees a broken download at once rather than a request that never ends.
 */
export async function sendFile<R extends ServerResponse>(
  response: R,
  file: { type: string; name: string },
  write: (out: R) => Promise<void>,
): Promise<void> {
  response.statusCode = 200;
  response.setHeader('Content-Type', file.type);
  response.setHeader('Content-Disposition', `attachment; filename="${file.name}"; filename*=UTF-8''${encodeURIComponent(file.name)}`);
  response.setHeader('Cache-Control', 'no-store');
  response.setHeader('X-Content-Type-Options', 'nosniff');
  try {
    // A client that goes away ends the wait too (the response then closes without finishing).
    await Promise.all([write(response), finished(response)]);
  } catch (error) {
    if (!response.destroyed) {
      logger.error(`Export interrompu : ${error instanceof Error ? error.stack : String(error)}`);
      response.destroy(error instanceof Error ? error : undefined);
    }
  }
}
