import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REGION_CODES, ROLES, UNIT_CODES, type Role, type UserCreateRequest, type UserPatchRequest } from '@boussole/domain';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { IsOmittable } from '../../common/dto/required';

const toEmail = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export const USER_FIELD_MESSAGES = {
  email: 'L’adresse électronique n’est pas valide.',
  emailRequired: 'L’adresse électronique est obligatoire.',
  name: 'Le nom est obligatoire (200 caractères au plus).',
  role: `Le rôle doit être l’un de : ${ROLES.join(', ')}.`,
  unit: `La sous-direction doit être l’une de : ${UNIT_CODES.join(', ')}.`,
  region: 'La région doit être un code de région INSEE (ex. 53).',
} as const;

/**
 * `POST /api/users`. The scope the role needs (a unit, a region, or neither) is checked by the
 * service. class-validator runs a property's checks from the last written up.
 */
export class CreateUserDto implements UserCreateRequest {
  @ApiProperty({ example: 'jeanne.martin@sante.gouv.fr' })
  @Transform(toEmail)
  @IsEmail({}, { message: USER_FIELD_MESSAGES.email })
  @MaxLength(254, { message: 'L’adresse électronique est trop longue.' })
  @IsString({ message: USER_FIELD_MESSAGES.email })
  @IsNotEmpty({ message: USER_FIELD_MESSAGES.emailRequired })
  email!: string;

  @ApiProperty({ example: 'Jeanne Martin' })
  @Transform(trim)
  @IsString({ message: USER_FIELD_MESSAGES.name })
  @IsNotEmpty({ message: USER_FIELD_MESSAGES.name })
  @MaxLength(200, { message: USER_FIELD_MESSAGES.name })
  name!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn([...ROLES], { message: USER_FIELD_MESSAGES.role })
  role!: Role;

  @ApiPropertyOptional({ description: 'Sous-direction (chef·fe de projet seulement).', example: 'PF', nullable: true })
  @IsOptional()
  @IsIn([...UNIT_CODES], { message: USER_FIELD_MESSAGES.unit })
  unitCode?: string | null;

  @ApiPropertyOptional({ description: 'Région (référent·e ARS seulement).', example: '53', nullable: true })
  @IsOptional()
  @IsIn([...REGION_CODES], { message: USER_FIELD_MESSAGES.region })
  regionCode?: string | null;
}

/** `PATCH /api/users/:id`: any field; `version` (or If-Match) is required. */
export class PatchUserDto implements UserPatchRequest {
  @ApiPropertyOptional()
  @IsOmittable()
  @Transform(toEmail)
  @IsString({ message: USER_FIELD_MESSAGES.email })
  @MaxLength(254, { message: 'L’adresse électronique est trop longue.' })
  @IsEmail({}, { message: USER_FIELD_MESSAGES.email })
  email?: string;

  @ApiPropertyOptional()
  @IsOmittable()
  @Transform(trim)
  @IsString({ message: USER_FIELD_MESSAGES.name })
  @IsNotEmpty({ message: USER_FIELD_MESSAGES.name })
  @MaxLength(200, { message: USER_FIELD_MESSAGES.name })
  name?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOmittable()
  @IsIn([...ROLES], { message: USER_FIELD_MESSAGES.role })
  role?: Role;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsIn([...UNIT_CODES], { message: USER_FIELD_MESSAGES.unit })
  unitCode?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsIn([...REGION_CODES], { message: USER_FIELD_MESSAGES.region })
  regionCode?: string | null;

  @ApiPropertyOptional({ description: 'false désactive le compte (ses sessions se ferment), true le réactive.' })
  @IsOmittable()
  @IsBoolean({ message: 'Le champ « active » vaut true ou false.' })
  active?: boolean;

  @ApiPropertyOptional({ description: 'La version modifiée, si l’en-tête If-Match n’est pas donné.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'La version doit être un entier.' })
  @Min(1, { message: 'La version doit être un entier.' })
  version?: number;
}
