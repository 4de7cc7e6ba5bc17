import { REGION_CODES, ROLES, UNIT_CODES, type Role, type UserListQuery } from '@boussole/domain';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery } from '../../common/page.query';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** `GET /api/users?q=&role=&unit=&region=&active=&page=&pageSize=`. */
export class ListUsersQuery extends PageQuery implements UserListQuery {
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'La recherche « q » est limitée à 200 caractères.' })
  q?: string;

  @IsOptional()
  @IsIn([...ROLES], { message: `Le paramètre « role » doit valoir l’un de : ${ROLES.join(', ')}.` })
  role?: Role;

  @IsOptional()
  @IsIn([...UNIT_CODES], { message: `Le paramètre « unit » doit être un code de sous-direction (${UNIT_CODES.join(', ')}).` })
  unit?: string;

  @IsOptional()
  @IsIn([...REGION_CODES], { message: 'Le paramètre « region » doit être un code de région INSEE (ex. 53).' })
  region?: string;

  @IsOptional()
  @Transform(toBoolean)
  @IsIn([true, false], { message: 'Le paramètre « active » vaut true ou false.' })
  active?: boolean;
}
