import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CommentPayload } from '@boussole/domain';
import type { RequestUser } from '../auth/request-user';
import { Allow, CurrentUser } from '../common/decorators/access.decorator';
import { ParseIdPipe } from '../common/pipes/id.pipe';
import { RegionCodePipe } from '../common/pipes/region-code.pipe';
import { CommentsService } from './comments.service';
import { CreateCommentDto, UpdateCommentDto } from './dto/comment.dto';

@ApiTags('comments')
@Controller()
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  @Allow('read')
  @Get('actions/:id/comments')
  @ApiOperation({ summary: 'Les commentaires d’une action, réponses comprises.' })
  onAction(@Param('id', ParseIdPipe) id: number): Promise<CommentPayload[]> {
    return this.comments.list({ actionId: id, regionCode: null });
  }

  @Allow('action.comment')
  @Post('actions/:id/comments')
  @ApiOperation({ summary: 'Commente une action (ou répond à un commentaire).' })
  commentAction(@CurrentUser() user: RequestUser, @Param('id', ParseIdPipe) id: number, @Body() body: CreateCommentDto): Promise<CommentPayload> {
    return this.comments.create(user, { actionId: id, regionCode: null }, body);
  }

  @Allow('read')
  @Get('actions/:id/regions/:code/comments')
  @ApiOperation({ summary: 'Les commentaires du déploiement d’une action dans une région.' })
  onDeployment(@Param('id', ParseIdPipe) id: number, @Param('code', RegionCodePipe) code: string): Promise<CommentPayload[]> {
    return this.comments.list({ actionId: id, regionCode: code });
  }

  @Allow('deployment.comment')
  @Post('actions/:id/regions/:code/comments')
  @ApiOperation({ summary: 'Commente le déploiement d’une région.' })
  commentDeployment(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIdPipe) id: number,
    @Param('code', RegionCodePipe) code: string,
    @Body() body: CreateCommentDto,
  ): Promise<CommentPayload> {
    return this.comments.create(user, { actionId: id, regionCode: code }, body);
  }

  @Allow('comment.edit')
  @Patch('comments/:id')
  @ApiOperation({ summary: 'Modifie son propre commentaire.' })
  update(@CurrentUser() user: RequestUser, @Param('id', ParseIdPipe) id: number, @Body() body: UpdateCommentDto): Promise<CommentPayload> {
    return this.comments.update(user, id, body);
  }

  @Allow('comment.edit')
  @Delete('comments/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Supprime son propre commentaire.' })
  remove(@CurrentUser() user: RequestUser, @Param('id', ParseIdPipe) id: number): Promise<void> {
    return this.comments.remove(user, id);
  }
}
