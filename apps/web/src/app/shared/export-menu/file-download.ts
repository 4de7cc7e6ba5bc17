import {
  HttpClient,
  HttpErrorResponse,
  HttpParams,
} from '@angular/common/http';
import { DOCUMENT } from '@angular/common';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { apiErrorMessage } from '../../core/http/api-error';

/**
 * Files made by the API, fetched with HttpClient rather than followed as links: the session
 * cookie goes with them, and a refusal comes back as the API's message instead of a
 * JSON page in a new tab.
 */
@Injectable({ providedIn: 'root' })
export class FileDownload {
  private readonly http = inject(HttpClient);
  private readonly document = inject(DOCUMENT);

  /** Fetches `url` and saves it under the name the API gives (or `fallbackName`). */
  async fetch(
    url: string,
    params: HttpParams | undefined,
    fallbackName: string,
  ): Promise<void> {
    try {
      const response = await firstValueFrom(
        this.http.get(url, {
          params,
          responseType: 'blob',
          observe: 'response',
        }),
      );
      const name =
        fileNameOf(response.headers.get('Content-Disposition')) ?? fallbackName;
      this.save(response.body ?? new Blob(), name);
    } catch (error: unknown) {
      throw new Error(await blobErrorMessage(error));
    }
  }

  /** Hands the file to the browser: a temporary object URL and a `<a download>` clicked once. */
  save(blob: Blob, name: string): void {
    const url = URL.createObjectURL(blob);
    const link = this.document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    this.document.body.append(link);
    link.click();
    link.remove();
    // Revoked later: some browsers read the URL after click() has returned.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

/** The file name of a `Content-Disposition` header (its UTF-8 `filename*` first), or null. */
export function fileNameOf(header: string | null): string | null {
  if (!header) return null;
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      // A malformed encoding: the plain name below, if any.
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/i.exec(header);
  const name = (plain?.[1] ?? plain?.[2])?.trim();
  return name ? name : null;
}

/**
 * The message of a failed file request: with `responseType: 'blob'` the API's JSON error
 * arrives as a Blob, read here before the usual message rules apply.
 */
export async function blobErrorMessage(error: unknown): Promise<string> {
  if (error instanceof HttpErrorResponse && error.error instanceof Blob) {
    let body: unknown = null;
    try {
      body = JSON.parse(await blobText(error.error));
    } catch {
      // Not JSON (a proxy's page): the message chosen from the status.
    }
    return apiErrorMessage(
      new HttpErrorResponse({
        error: body,
        status: error.status,
        statusText: error.statusText,
        url: error.url ?? undefined,
      }),
    );
  }
  return apiErrorMessage(error);
}

/** A blob's text, through FileReader (which every browser and jsdom have, unlike `Blob.text()`). */
export function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () =>
      reject(reader.error ?? new Error('Lecture impossible'));
    reader.readAsText(blob);
  });
}
