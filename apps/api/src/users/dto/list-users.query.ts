import { REGION_CODES, ROLES, UNIT_CODES, type Role, type UserListQuery } from '@boussole/domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery } from '../../common/page.query';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** `GET /api/users?q=&role=&unit=&region=&active=&page=&pageSize=`. */
export class ListUsersQuery extends PageQuery implements UserListQuery {
  @ApiPropertyOptional({ description: 'Nom ou adresse, sans tenir compte des accents.' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'La recherche « q » est limitée à 200 caractères.' })
  q?: string;

  @ApiPropertyOptional({ description: 'Le rôle.', enum: [...ROLES] })
  @IsOptional()
  @IsIn([...ROLES], { message: `Le paramètre « role » doit valoir l’un de : ${ROLES.join(', ')}.` })
  role?: Role;

  @ApiPropertyOptional({ description: 'Code de la sous-direction.', enum: [...UNIT_CODES] })
  @IsOptional()
  @IsIn([...UNIT_CODES], { message: `Le paramètre « unit » doit être un code de sous-direction (${UNIT_CODES.join(', ')}).` })
  unit?: string;

  @ApiPropertyOptional({ description: 'Code INSEE de la région de rattachement.', example: '53' })
  @IsOptional()
  @IsIn([...REGION_CODES], { message: 'Le paramètre « region » doit être un code de région INSEE (ex. 53).' })
  region?: string;

  @ApiPropertyOptional({ description: 'Comptes actifs (true) ou désactivés (false).', type: Boolean })
  @IsOptional()
  @Transform(toBoolean)
  @IsIn([true, false], { message: 'Le paramètre « active » vaut true ou false.' })
  active?: boolean;
}
