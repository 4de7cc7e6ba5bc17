import { Injectable, PipeTransform } from '@nestjs/common';
import { invalid } from '../errors/app-error';

/** Ids are positive integers: anything else is a 400 with a French message, never a 500. */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    if (!/^[1-9][0-9]{0,9}$/.test(value) || Number(value) > 2147483647) {
      throw invalid(`Identifiant invalide : « ${String(value).slice(0, 40)} ».`, { id: 'Entier positif attendu.' });
    }
    return Number(value);
  }
}
