import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AxisValidationPayload, CycleValidations } from '@boussole/domain';
import type { RequestUser } from '../auth/request-user';
import { Allow, CurrentUser } from '../common/decorators/access.decorator';
import { ParseIdPipe } from '../common/pipes/id.pipe';
import { AxisValidationService } from './axis-validation.service';
import { ReopenAxisDto, ValidateAxisDto } from './dto/validation.dto';
import { ApiAnswers } from '../common/openapi/api-answers.decorator';

/** The validation of a cycle's axes (DESIGN §5): validate, reopen, and the list of both. */
@ApiTags('cycles')
@Controller('cycles')
export class CycleValidationController {
  constructor(private readonly validations: AxisValidationService) {}

  @ApiAnswers({
    summary: 'Les validations des axes de la campagne, de la plus récente à la plus ancienne, rouvertes comprises.',
    ok: 'CycleValidations',
    errors: [404],
  })
  @Allow('read')
  @Get(':id/validations')
  list(@Param('id', ParseIdPipe) id: number): Promise<CycleValidations> {
    return this.validations.list(id);
  }

  @ApiAnswers({
    summary:
      'Valide un axe pour la campagne ouverte (direction, administration) : l’axe ne se modifie plus pour la campagne et son état est figé. Chaque point d’avancement manquant demande une justification.',
    ok: 'AxisValidationPayload',
    errors: [404, 409],
  })
  @Allow('axis.validate')
  @Post(':id/axes/:axisId/validate')
  validate(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIdPipe) id: number,
    @Param('axisId', ParseIdPipe) axisId: number,
    @Body() body: ValidateAxisDto,
  ): Promise<AxisValidationPayload> {
    return this.validations.validate(user, id, axisId, body);
  }

  @ApiAnswers({
    summary: 'Rouvre un axe validé pour la campagne ouverte (administration), avec une raison ; la validation est conservée.',
    ok: 'AxisValidationPayload',
    errors: [404, 409],
  })
  @Allow('axis.reopen')
  @Delete(':id/axes/:axisId/validation')
  @HttpCode(200)
  reopen(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIdPipe) id: number,
    @Param('axisId', ParseIdPipe) axisId: number,
    @Body() body: ReopenAxisDto,
  ): Promise<AxisValidationPayload> {
    return this.validations.reopen(user, id, axisId, body);
  }
}
