import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'direction@boussole.test' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString({ message: 'L’adresse électronique doit être un texte.' })
  @IsNotEmpty({ message: 'L’adresse électronique est obligatoire.' })
  @MaxLength(254, { message: 'L’adresse électronique est trop longue.' })
  @IsEmail({}, { message: 'L’adresse électronique n’est pas valide.' })
  email!: string;

  @ApiProperty({ example: 'Boussole-Demo-2025' })
  @IsString({ message: 'Le mot de passe doit être un texte.' })
  @IsNotEmpty({ message: 'Le mot de passe est obligatoire.' })
  @MaxLength(512, { message: 'Le mot de passe est trop long.' })
  password!: string;
}
