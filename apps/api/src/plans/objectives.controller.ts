import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ObjectivePayload } from '@boussole/domain';
import type { RequestUser } from '../auth/request-user';
import { CurrentUser } from '../common/decorators/access.decorator';
import { IfMatch, VersionedDelete, VersionedPatch } from '../common/decorators/versioned-write.decorator';
import { VersionDto } from '../common/dto/version.dto';
import { ParseIdPipe } from '../common/pipes/id.pipe';
import { PatchObjectiveDto } from './dto/objective.dto';
import { ObjectivesService } from './objectives.service';
import { ApiAnswers } from '../common/openapi/api-answers.decorator';

@ApiTags('plans')
@Controller('objectives')
export class ObjectivesController {
  constructor(private readonly objectives: ObjectivesService) {}

  @ApiAnswers({
    summary: 'Modifie un objectif ; « number » le déplace dans son axe (les codes suivent).',
    ok: 'ObjectivePayload',
    errors: [404],
    conflict: 'ObjectivePayload',
  })
  @VersionedPatch('plan.manage', 'de l’objectif')
  patch(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIdPipe) id: number,
    @IfMatch() ifMatch: string | undefined,
    @Body() body: PatchObjectiveDto,
  ): Promise<ObjectivePayload> {
    return this.objectives.patch(user, id, ifMatch, body);
  }

  @ApiAnswers({
    summary: 'Supprime un objectif vide (409 s’il contient encore des actions ou des indicateurs).',
    ok: null,
    errors: [404],
    conflict: 'ObjectivePayload',
  })
  @VersionedDelete('plan.manage', 'de l’objectif')
  remove(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIdPipe) id: number,
    @IfMatch() ifMatch: string | undefined,
    @Body() body: VersionDto,
  ): Promise<void> {
    return this.objectives.remove(user, id, ifMatch, body?.version);
  }
}
