import { Injectable, PipeTransform } from '@nestjs/common';
import { isRegionCode } from '@boussole/domain';
import { invalid } from '../errors/app-error';

/** A region is named by its INSEE code, one of the 18 ARS. */
@Injectable()
export class RegionCodePipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isRegionCode(value)) {
      throw invalid(`Code de région invalide : « ${String(value).slice(0, 10)} » (code INSEE d’une des 18 régions attendu).`, { code: 'Code INSEE attendu.' });
    }
    return value;
  }
}
