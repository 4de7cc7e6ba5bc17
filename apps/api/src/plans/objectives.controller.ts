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

@ApiTags('plans')
@Controller('objectives')
export class ObjectivesController {
  constructor(private readonly objectives: ObjectivesService) {}

  @VersionedPatch('plan.manage', 'de l’objectif', 'Modifie un objectif ; « number » le déplace dans son axe (les codes suivent).')
  patch(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIdPipe) id: number,
    @IfMatch() ifMatch: string | undefined,
    @Body() body: PatchObjectiveDto,
  ): Promise<ObjectivePayload> {
    return this.objectives.patch(user, id, ifMatch, body);
  }

  @VersionedDelete('plan.manage', 'de l’objectif', 'Supprime un objectif vide (409 s’il contient encore des actions ou des indicateurs).')
  remove(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIdPipe) id: number,
    @IfMatch() ifMatch: string | undefined,
    @Body() body: VersionDto,
  ): Promise<void> {
    return this.objectives.remove(user, id, ifMatch, body?.version);
  }
}
