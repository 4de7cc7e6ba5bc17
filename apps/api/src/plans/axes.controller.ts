import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AxisPayload, ObjectivePayload } from '@boussole/domain';
import type { RequestUser } from '../auth/request-user';
import { Allow, CurrentUser } from '../common/decorators/access.decorator';
import { IfMatch, VersionedDelete, VersionedPatch } from '../common/decorators/versioned-write.decorator';
import { VersionDto } from '../common/dto/version.dto';
import { ParseIdPipe } from '../common/pipes/id.pipe';
import { AxesService } from './axes.service';
import { PatchAxisDto } from './dto/axis.dto';
import { CreateObjectiveDto } from './dto/objective.dto';
import { ObjectivesService } from './objectives.service';
import { ApiAnswers } from '../common/openapi/api-answers.decorator';

@ApiTags('plans')
@Controller('axes')
export class AxesController {
  constructor(
    private readonly axes: AxesService,
    private readonly objectives: ObjectivesService,
  ) {}

  @ApiAnswers({
    summary: 'Modifie un axe ; « number » le déplace (les autres axes et les codes d’objectifs suivent).',
    ok: 'AxisPayload',
    errors: [404],
    conflict: 'AxisPayload',
  })
  @VersionedPatch('plan.manage', 'de l’axe')
  patch(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIdPipe) id: number,
    @IfMatch() ifMatch: string | undefined,
    @Body() body: PatchAxisDto,
  ): Promise<AxisPayload> {
    return this.axes.patch(user, id, ifMatch, body);
  }

  @ApiAnswers({
    summary: 'Supprime un axe vide (409 s’il contient encore des objectifs ou des indicateurs).',
    ok: null,
    errors: [404],
    conflict: 'AxisPayload',
  })
  @VersionedDelete('plan.manage', 'de l’axe')
  remove(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIdPipe) id: number,
    @IfMatch() ifMatch: string | undefined,
    @Body() body: VersionDto,
  ): Promise<void> {
    return this.axes.remove(user, id, ifMatch, body?.version);
  }

  @ApiAnswers({ summary: 'Ajoute un objectif à l’axe, à la place donnée (à la fin par défaut).', ok: 'ObjectivePayload', errors: [404, 409] })
  @Allow('plan.manage')
  @Post(':id/objectives')
  createObjective(@CurrentUser() user: RequestUser, @Param('id', ParseIdPipe) id: number, @Body() body: CreateObjectiveDto): Promise<ObjectivePayload> {
    return this.objectives.create(user, id, body);
  }
}
