import { Body, Controller, Get, Headers, Param, Patch, Res } from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import type { ActionDeployments, DeploymentHistory, DeploymentPayload } from '@boussole/domain';
import type { Response } from 'express';
import type { RequestUser } from '../auth/request-user';
import { Allow, CurrentUser } from '../common/decorators/access.decorator';
import { ParseIdPipe } from '../common/pipes/id.pipe';
import { RegionCodePipe } from '../common/pipes/region-code.pipe';
import { DeploymentHistoryService } from './deployment-history.service';
import { DeploymentsService } from './deployments.service';
import { DeploymentPatchDto } from './dto/deployment-patch.dto';
import { ApiAnswers } from '../common/openapi/api-answers.decorator';

@ApiTags('regions')
@Controller('actions')
export class DeploymentsController {
  constructor(
    private readonly deployments: DeploymentsService,
    private readonly histories: DeploymentHistoryService,
  ) {}

  @ApiAnswers({ summary: 'Les 18 déploiements d’une action régionale et leur dispersion.', ok: 'ActionDeployments', errors: [404] })
  @Allow('read')
  @Get(':id/regions')
  list(@Param('id', ParseIdPipe) id: number): Promise<ActionDeployments> {
    return this.deployments.ofAction(id);
  }

  @ApiAnswers({ summary: 'Les rapports successifs d’une région sur un déploiement, du plus récent au plus ancien.', ok: 'DeploymentHistory', errors: [404] })
  @Allow('read')
  @Get(':id/regions/:code/history')
  history(@Param('id', ParseIdPipe) id: number, @Param('code', RegionCodePipe) code: string): Promise<DeploymentHistory> {
    return this.histories.history(id, code);
  }

  @ApiAnswers({
    summary: 'Met à jour le déploiement d’une région (428 sans version, 409 s’il a changé entre-temps).',
    ok: 'DeploymentPayload',
    errors: [404, 428],
    conflict: 'DeploymentPayload',
  })
  @Allow('deployment.update')
  @Patch(':id/regions/:code')
  @ApiHeader({ name: 'If-Match', description: 'La version du déploiement modifiée (ou « version » dans le corps).' })
  async patch(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIdPipe) id: number,
    @Param('code', RegionCodePipe) code: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: DeploymentPatchDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<DeploymentPayload> {
    const deployment = await this.deployments.patch(user, id, code, ifMatch, body);
    response.setHeader('ETag', `"${deployment.version}"`);
    return deployment;
  }
}
