import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AccountSettingsRequest, ChoosePasswordRequest, PasswordChangeRequest, PasswordResetRequest } from '@boussole/domain';
import { LANGUAGES, PASSWORD_MESSAGES, type Language } from '@boussole/domain';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsNotEmpty, IsString, MaxLength, ValidateIf } from 'class-validator';
import { IsOmittable, IsRequired } from '../../common/dto/required';

// The rules themselves (length, guessability…) are checked by the password policy, with its words.
// class-validator runs a property's checks from the last written up: "required" comes last here.
const LONGEST_INPUT = 1024;
const SETTINGS_REQUIRED =
  'Indiquez « reminders » (true pour recevoir les relances des campagnes de suivi, false pour ne plus les recevoir) ou « language » (fr ou en).';

export class ChoosePasswordDto implements ChoosePasswordRequest {
  @ApiProperty({ example: 'Hibou-Cornichon-Velo-42' })
  @MaxLength(LONGEST_INPUT, { message: PASSWORD_MESSAGES.tooLong })
  @IsString({ message: 'Le mot de passe doit être un texte.' })
  @IsNotEmpty({ message: PASSWORD_MESSAGES.required })
  password!: string;
}

export class PasswordResetDto implements PasswordResetRequest {
  @ApiProperty({ example: 'jeanne.martin@sante.gouv.fr' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'L’adresse électronique n’est pas valide.' })
  @MaxLength(254, { message: 'L’adresse électronique est trop longue.' })
  @IsString({ message: 'L’adresse électronique doit être un texte.' })
  @IsNotEmpty({ message: 'L’adresse électronique est obligatoire.' })
  email!: string;
}

export class PasswordChangeDto implements PasswordChangeRequest {
  @ApiProperty()
  @MaxLength(LONGEST_INPUT, { message: 'Le mot de passe actuel est incorrect.' })
  @IsString({ message: 'Le mot de passe actuel doit être un texte.' })
  @IsNotEmpty({ message: 'Saisissez votre mot de passe actuel.' })
  currentPassword!: string;

  @ApiProperty({ example: 'Hibou-Cornichon-Velo-42' })
  @MaxLength(LONGEST_INPUT, { message: PASSWORD_MESSAGES.tooLong })
  @IsString({ message: 'Le nouveau mot de passe doit être un texte.' })
  @IsNotEmpty({ message: PASSWORD_MESSAGES.required })
  newPassword!: string;
}

export class AccountSettingsDto implements AccountSettingsRequest {
  @ApiPropertyOptional({ description: 'Recevoir les relances des campagnes de suivi (et, pour la direction, leur bilan à la clôture).' })
  @IsBoolean({ message: '« reminders » doit valoir true ou false.' })
  @ValidateIf((body: AccountSettingsDto) => body.reminders !== undefined || body.language === undefined)
  @IsRequired(SETTINGS_REQUIRED)
  reminders?: boolean;

  @ApiPropertyOptional({ enum: LANGUAGES, description: 'La langue de l’interface et des messages électroniques : fr ou en.' })
  @IsIn(LANGUAGES, { message: '« language » doit valoir fr ou en.' })
  @IsOmittable()
  language?: Language;
}
