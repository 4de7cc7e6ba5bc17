import { ACTION_SORTS, REGION_CODES, STATUSES } from '@boussole/domain';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
const SORT_PATTERN = new RegExp(`^-?(${ACTION_SORTS.join('|')})$`);
const STATUS_LIST = new RegExp(`^(${STATUSES.join('|')})(,(${STATUSES.join('|')}))*$`);

/** `GET /api/actions` filters (DESIGN §5), validated with French messages. */
export class ListActionsQuery {
  @IsOptional() @Type(() => Number) @IsInt({ message: 'Le paramètre « plan » doit être un identifiant.' }) @Min(1, { message: 'Le paramètre « plan » doit être un identifiant.' })
  plan?: number;

  @IsOptional() @Type(() => Number) @IsInt({ message: 'Le paramètre « axis » doit être un identifiant.' }) @Min(1, { message: 'Le paramètre « axis » doit être un identifiant.' })
  axis?: number;

  @IsOptional() @Type(() => Number) @IsInt({ message: 'Le paramètre « objective » doit être un identifiant.' }) @Min(1, { message: 'Le paramètre « objective » doit être un identifiant.' })
  objective?: number;

  @IsOptional() @IsString() @Matches(/^[A-Z]{1,8}$/, { message: 'Le paramètre « unit » doit être un code de sous-direction (PF, RH, R, Q, N, DNS).' })
  unit?: string;

  @IsOptional() @IsString() @Matches(STATUS_LIST, { message: `Le paramètre « status » doit valoir une ou plusieurs météos séparées par des virgules : ${STATUSES.join(', ')}.` })
  status?: string;

  @IsOptional() @IsIn([...REGION_CODES], { message: 'Le paramètre « region » doit être un code de région INSEE (ex. 53).' })
  region?: string;

  @IsOptional() @IsString() @MaxLength(200, { message: 'La recherche « q » est limitée à 200 caractères.' })
  q?: string;

  @IsOptional() @Transform(toBoolean) @IsIn([true, false], { message: 'Le paramètre « overdue » vaut true ou false.' })
  overdue?: boolean;

  @IsOptional() @Transform(toBoolean) @IsIn([true, false], { message: 'Le paramètre « stale » vaut true ou false.' })
  stale?: boolean;

  @IsOptional() @IsString() @Matches(SORT_PATTERN, { message: `Le tri doit être l’un de : ${ACTION_SORTS.join(', ')} (préfixe « - » pour décroissant).` })
  sort?: string;

  @IsOptional() @Type(() => Number) @IsInt({ message: 'La page doit être un entier à partir de 1.' }) @Min(1, { message: 'La page doit être un entier à partir de 1.' }) @Max(100000, { message: 'La page demandée est trop grande.' })
  page?: number;

  @IsOptional() @Type(() => Number) @IsInt({ message: 'La taille de page doit être un entier entre 1 et 200.' }) @Min(1, { message: 'La taille de page doit être un entier entre 1 et 200.' }) @Max(200, { message: 'La taille de page doit être un entier entre 1 et 200.' })
  pageSize?: number;
}
