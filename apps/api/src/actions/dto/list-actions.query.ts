import { ACTION_LIST_SIGNALS, ACTION_SORTS, REGION_CODES, STATUSES } from '@boussole/domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
const SORT_PATTERN = new RegExp(`^-?(${ACTION_SORTS.join('|')})$`);
const listOf = (values: readonly string[]) => new RegExp(`^(${values.join('|')})(,(${values.join('|')}))*$`);
const STATUS_LIST = listOf(STATUSES);
const SIGNAL_LIST = listOf(ACTION_LIST_SIGNALS);
const id = (name: string) => `Le paramètre « ${name} » doit être un identifiant.`;

/** `GET /api/actions` filters (DESIGN §5), validated with French messages. */
export class ListActionsQuery {
  @ApiPropertyOptional({ description: 'Identifiant du projet stratégique.' })
  @IsOptional() @Type(() => Number) @IsInt({ message: id('plan') }) @Min(1, { message: id('plan') })
  plan?: number;

  @ApiPropertyOptional({ description: 'Identifiant de l’axe.' })
  @IsOptional() @Type(() => Number) @IsInt({ message: id('axis') }) @Min(1, { message: id('axis') })
  axis?: number;

  @ApiPropertyOptional({ description: 'Identifiant de l’objectif.' })
  @IsOptional() @Type(() => Number) @IsInt({ message: id('objective') }) @Min(1, { message: id('objective') })
  objective?: number;

  @ApiPropertyOptional({ description: 'Code de la sous-direction.', example: 'PF' })
  @IsOptional() @IsString() @Matches(/^[A-Z]{1,8}$/, { message: 'Le paramètre « unit » doit être un code de sous-direction (PF, RH, R, Q, N, DNS).' })
  unit?: string;

  @ApiPropertyOptional({ description: 'Identifiant de l’utilisateur responsable de l’action.' })
  @IsOptional() @Type(() => Number) @IsInt({ message: 'Le paramètre « owner » doit être l’identifiant d’un utilisateur.' }) @Min(1, { message: 'Le paramètre « owner » doit être l’identifiant d’un utilisateur.' })
  owner?: number;

  @ApiPropertyOptional({ description: 'Une ou plusieurs météos séparées par des virgules (météo effective : une échéance dépassée compte « en retard »).', example: 'late,at_risk' })
  @IsOptional() @IsString() @Matches(STATUS_LIST, { message: `Le paramètre « status » doit valoir une ou plusieurs météos séparées par des virgules : ${STATUSES.join(', ')}.` })
  status?: string;

  @ApiPropertyOptional({
    description:
      'Un ou plusieurs signaux séparés par des virgules, que l’action doit tous porter (DESIGN §3). Avec « region », regional_laggard ne retient que les actions où cette région est en retard sur les autres.',
    example: 'schedule_gap',
  })
  @IsOptional() @IsString() @Matches(SIGNAL_LIST, { message: `Le paramètre « signal » doit valoir un ou plusieurs signaux d’action séparés par des virgules : ${ACTION_LIST_SIGNALS.join(', ')}.` })
  signal?: string;

  @ApiPropertyOptional({ description: 'Code INSEE d’une région où l’action est déployée.', example: '53' })
  @IsOptional() @IsIn([...REGION_CODES], { message: 'Le paramètre « region » doit être un code de région INSEE (ex. 53).' })
  region?: string;

  @ApiPropertyOptional({ description: 'Code ou mots de l’intitulé, sans tenir compte des accents.' })
  @IsOptional() @IsString() @MaxLength(200, { message: 'La recherche « q » est limitée à 200 caractères.' })
  q?: string;

  @ApiPropertyOptional({ description: 'Échéance dépassée (true) ou non (false).', type: Boolean })
  @IsOptional() @Transform(toBoolean) @IsIn([true, false], { message: 'Le paramètre « overdue » vaut true ou false.' })
  overdue?: boolean;

  @ApiPropertyOptional({ description: 'À mettre à jour dans la campagne ouverte (true) ou non (false).', type: Boolean })
  @IsOptional() @Transform(toBoolean) @IsIn([true, false], { message: 'Le paramètre « stale » vaut true ou false.' })
  stale?: boolean;

  @ApiPropertyOptional({ description: `Tri : ${ACTION_SORTS.join(', ')} (préfixe « - » pour décroissant).`, example: '-scheduleGap' })
  @IsOptional() @IsString() @Matches(SORT_PATTERN, { message: `Le tri doit être l’un de : ${ACTION_SORTS.join(', ')} (préfixe « - » pour décroissant).` })
  sort?: string;

  @ApiPropertyOptional({ description: 'Page, à partir de 1.', minimum: 1 })
  @IsOptional() @Type(() => Number) @IsInt({ message: 'La page doit être un entier à partir de 1.' }) @Min(1, { message: 'La page doit être un entier à partir de 1.' }) @Max(100000, { message: 'La page demandée est trop grande.' })
  page?: number;

  @ApiPropertyOptional({ description: 'Actions par page (50 par défaut).', minimum: 1, maximum: 200 })
  @IsOptional() @Type(() => Number) @IsInt({ message: 'La taille de page doit être un entier entre 1 et 200.' }) @Min(1, { message: 'La taille de page doit être un entier entre 1 et 200.' }) @Max(200, { message: 'La taille de page doit être un entier entre 1 et 200.' })
  pageSize?: number;
}
