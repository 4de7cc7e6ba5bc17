import { Body, Controller, Delete, Headers, HttpCode, Param, Patch } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ObjectivePayload } from '@boussole/domain';
import type { RequestUser } from '../auth/request-user';
import { Allow, CurrentUser } from '../common/decorators/access.decorator';
import { VersionDto } from '../common/dto/version.dto';
import { ParseIdPipe } from '../common/pipes/id.pipe';
import { PatchObjectiveDto } from './dto/objective.dto';
import { ObjectivesService } from './objectives.service';

@ApiTags('plans')
@Controller('objectives')
export class ObjectivesController {
  constructor(private readonly objectives: ObjectivesService) {}

  @Allow('plan.manage')
  @Patch(':id')
  @ApiHeader({ name: 'If-Match', description: 'La version de l’objectif modifiée (ou « version » dans le corps).' })
  @ApiOperation({ summary: 'Modifie un objectif ; « number » le déplace dans son axe (les codes suivent).' })
  patch(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIdPipe) id: number,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: PatchObjectiveDto,
  ): Promise<ObjectivePayload> {
    return this.objectives.patch(user, id, ifMatch, body);
  }

  @Allow('plan.manage')
  @Delete(':id')
  @HttpCode(204)
  @ApiHeader({ name: 'If-Match', description: 'La version de l’objectif supprimée (ou « version » dans le corps).' })
  @ApiOperation({ summary: 'Supprime un objectif vide (409 s’il contient encore des actions ou des indicateurs).' })
  remove(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIdPipe) id: number,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: VersionDto,
  ): Promise<void> {
    return this.objectives.remove(user, id, ifMatch, body?.version);
  }
}
