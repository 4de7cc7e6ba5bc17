import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommentPayload } from '@boussole/domain';
import type { RequestUser } from '../auth/request-user';
import { Allow, CurrentUser } from '../common/decorators/access.decorator';
import { ParseIdPipe } from '../common/pipes/id.pipe';
import { RegionCodePipe } from '../common/pipes/region-code.pipe';
import { CommentsService } from './comments.service';
import { CreateCommentDto, UpdateCommentDto } from './dto/comment.dto';
import { ApiAnswers } from '../common/openapi/api-answers.decorator';

@ApiTags('comments')
@Controller()
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  @ApiAnswers({ summary: 'Les commentaires d’une action, réponses comprises.', ok: ['CommentPayload'], errors: [404] })
  @Allow('read')
  @Get('actions/:id/comments')
  onAction(@Param('id', ParseIdPipe) id: number): Promise<CommentPayload[]> {
    return this.comments.list({ actionId: id, regionCode: null });
  }

  @ApiAnswers({ summary: 'Commente une action (ou répond à un commentaire).', ok: 'CommentPayload', errors: [404, 409] })
  @Allow('action.comment')
  @Post('actions/:id/comments')
  commentAction(@CurrentUser() user: RequestUser, @Param('id', ParseIdPipe) id: number, @Body() body: CreateCommentDto): Promise<CommentPayload> {
    return this.comments.create(user, { actionId: id, regionCode: null }, body);
  }

  @ApiAnswers({ summary: 'Les commentaires du déploiement d’une action dans une région.', ok: ['CommentPayload'], errors: [404] })
  @Allow('read')
  @Get('actions/:id/regions/:code/comments')
  onDeployment(@Param('id', ParseIdPipe) id: number, @Param('code', RegionCodePipe) code: string): Promise<CommentPayload[]> {
    return this.comments.list({ actionId: id, regionCode: code });
  }

  @ApiAnswers({ summary: 'Commente le déploiement d’une région.', ok: 'CommentPayload', errors: [404, 409] })
  @Allow('deployment.comment')
  @Post('actions/:id/regions/:code/comments')
  commentDeployment(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIdPipe) id: number,
    @Param('code', RegionCodePipe) code: string,
    @Body() body: CreateCommentDto,
  ): Promise<CommentPayload> {
    return this.comments.create(user, { actionId: id, regionCode: code }, body);
  }

  @ApiAnswers({ summary: 'Modifie son propre commentaire.', ok: 'CommentPayload', errors: [404, 409] })
  @Allow('comment.edit')
  @Patch('comments/:id')
  update(@CurrentUser() user: RequestUser, @Param('id', ParseIdPipe) id: number, @Body() body: UpdateCommentDto): Promise<CommentPayload> {
    return this.comments.update(user, id, body);
  }

  @ApiAnswers({ summary: 'Supprime son propre commentaire.', ok: null, errors: [404, 409] })
  @Allow('comment.edit')
  @Delete('comments/:id')
  @HttpCode(204)
  remove(@CurrentUser() user: RequestUser, @Param('id', ParseIdPipe) id: number): Promise<void> {
    return this.comments.remove(user, id);
  }
}
