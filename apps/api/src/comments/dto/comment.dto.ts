import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COMMENT_KINDS, type CommentKind } from '@boussole/domain';
import { IsIn, IsInt, IsOptional, IsString, MaxLength, Min, ValidateIf } from 'class-validator';

const KIND_MESSAGE = `Le type de commentaire doit être l’un de : ${COMMENT_KINDS.join(', ')}.`;

export class CreateCommentDto {
  @ApiProperty({ enum: COMMENT_KINDS })
  @IsIn([...COMMENT_KINDS], { message: KIND_MESSAGE })
  kind!: CommentKind;

  @ApiProperty({ description: 'Texte brut ; les retours à la ligne sont conservés, jamais interprété comme du HTML.' })
  @IsString({ message: 'Le commentaire doit être un texte.' })
  @MaxLength(10000, { message: 'Le commentaire est limité à 10 000 caractères.' })
  text!: string;

  @ApiPropertyOptional({ nullable: true, description: 'Le commentaire auquel celui-ci répond (un seul niveau de réponse).' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt({ message: 'La réponse doit viser un identifiant de commentaire.' })
  @Min(1, { message: 'La réponse doit viser un identifiant de commentaire.' })
  parentId?: number | null;
}

export class UpdateCommentDto {
  @ApiPropertyOptional({ enum: COMMENT_KINDS })
  @IsOptional()
  @IsIn([...COMMENT_KINDS], { message: KIND_MESSAGE })
  kind?: CommentKind;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'Le commentaire doit être un texte.' })
  @MaxLength(10000, { message: 'Le commentaire est limité à 10 000 caractères.' })
  text?: string;
}
