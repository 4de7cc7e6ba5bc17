import { Injectable, PipeTransform } from '@nestjs/common';
import { MAX_ID } from '../dto/id';
import { invalid } from '../errors/app-error';

/** Whether a text sent as an id (a route or query parameter) is a positive integer that fits the column. */
export function isIdText(value: string): boolean {
  return /^[1-9][0-9]{0,9}$/.test(value) && Number(value) <= MAX_ID;
}

/** Ids are positive integers: anything else is a 400 with a French message, never a 500. */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    if (!isIdText(value)) {
      throw invalid(`Identifiant invalide : « ${String(value).slice(0, 40)} ».`, { id: 'Entier positif attendu.' });
    }
    return Number(value);
  }
}
